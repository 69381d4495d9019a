namespace Jinning.Web.Vocabulary;

/// <summary>The office's words for reports, accounts and notification recipients (delivery statuses: Words.Issues.cs).</summary>
public static partial class Words
{
    /// <summary>The roles an account can be created for (supervisors' sign-ins come from their appointment).</summary>
    public static readonly IReadOnlyList<string> CreatableRoles = ["office", "department", "nominator", "discipline"];

    /// <summary>A notification's recipient (role:office, department:market-regulation, supervisor:&lt;id&gt;) in words.</summary>
    public static string Recipient(string recipient)
    {
        var (kind, code) = recipient.IndexOf(':') is var colon and >= 0 ? (recipient[..colon], recipient[(colon + 1)..]) : (recipient, "");
        return kind switch
        {
            "role" => Of(Roles, code),
            "department" => Department(code),
            "unit" or "nominator" => Unit(code),
            "supervisor" => "义务监督员",
            _ => recipient,
        };
    }

    /// <summary>A rate (0.93) as the office reads it: 93%, or a dash where nothing was measured.</summary>
    public static string Percent(double? rate) => rate is { } value ? $"{value * 100:0.#}%" : "—";

    public static string Hours(double? hours) => hours is { } value ? $"{value:0.#} 小时" : "—";

    /// <summary>A summary group's key in words: a category, a department, a status, or a period as it is (2026-11).</summary>
    public static string SummaryKey(string groupBy, string key) => groupBy switch
    {
        "category" => Category(key),
        "department" => key == "undispatched" ? "未转办" : Department(key),
        "status" => Of(IssueStatuses, key),
        "month" when key.Length == 7 => $"{key[..4]}年{int.Parse(key[5..])}月",
        "half-year" => HalfYearName(key),
        _ => key,
    };
}
