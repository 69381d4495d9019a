namespace Jinning.Web.SignIn;

/// <summary>The console's registration at the identity service (<c>Console:*</c>; the AppHost sets the secret).</summary>
public sealed class ConsoleClientOptions
{
    public string ClientId { get; set; } = "jinning-web";
    public string ClientSecret { get; set; } = "jinning-web-dev-secret";
}
