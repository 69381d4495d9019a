using Jinning.Web.Api;
using Jinning.Web.Vocabulary;

namespace Jinning.Web.Components.Pages.Office.IssueActions;

/// <summary>A dispatch as the office fills it in: the names match the API's fields, so its problems land beside them.</summary>
public class DispatchInput
{
    public string Kind { get; set; } = "transfer";
    public string? DepartmentCode { get; set; }
    public IEnumerable<string> CoHandlers { get; set; } = [];
    public string Level { get; set; } = "office";

    /// <summary>A day earlier than the default, or none: the default for the kind on the official calendar.</summary>
    public DateTime? Deadline { get; set; }

    public string? Instructions { get; set; }

    public DispatchOrder ToOrder() => new(Kind, DepartmentCode, Deadline is { } day ? DistrictDays.EndOf(day) : null,
        string.IsNullOrWhiteSpace(Instructions) ? null : Instructions.Trim(), [.. CoHandlers], Kind == "supervise" ? Level : null);
}
