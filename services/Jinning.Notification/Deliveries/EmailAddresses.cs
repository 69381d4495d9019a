using System.Text.RegularExpressions;

namespace Jinning.Notification.Deliveries;

/// <summary>Keeps e-mail addresses (a supervisor's personal data) out of what is logged.</summary>
public static partial class EmailAddresses
{
    [GeneratedRegex(@"[^\s<>""'(),;:@]+@[^\s<>""'(),;:@]+", RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    public static string Redact(string text) => Address().Replace(text, "<address>");
}
