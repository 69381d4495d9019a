using Jinning.ServiceDefaults;

namespace Jinning.Ticketing.Issues;

public sealed record ReportIssueRequest(
    string? Title,
    string? Description,
    string? Category,
    string? Channel,
    string? Place,
    string? InvolvedUnit,
    bool Major = false,
    string? Source = null)
{
    public sealed record Valid(
        string Title, string Description, IssueCategory Category, IssueChannel Channel, IssueSource Source,
        string? Place, string? InvolvedUnit, bool Major);

    /// <summary>Supervisors report for themselves; the office registers hotline and mailbox complaints and must say which.</summary>
    public Dictionary<string, string[]> Validate(bool byOffice, out Valid? valid)
    {
        var errors = new Dictionary<string, string[]>();
        Require(errors, "title", Title, IssueLimits.TitleLength, "标题");
        Require(errors, "description", Description, IssueLimits.DescriptionLength, "问题描述");
        var category = KebabEnum.Parse<IssueCategory>(errors, "category", Category, "问题类别");
        var channel = KebabEnum.Parse<IssueChannel>(errors, "channel", Channel, "反映渠道");
        IssueSource? source = IssueSource.Supervisor;
        if (byOffice)
        {
            source = KebabEnum.Parse<IssueSource>(errors, "source", Source, "来源");
            if (source == IssueSource.Supervisor) errors["source"] = ["办公室登记的问题须注明来源：hotline、mailbox 或 public-web。"];
        }
        else if (Source is not null && Source != "supervisor")
        {
            errors["source"] = ["监督员报告的问题来源为 supervisor。"];
        }
        if (Place?.Length > IssueLimits.PlaceLength) errors["place"] = [$"地点不能超过 {IssueLimits.PlaceLength} 个字符。"];
        if (InvolvedUnit?.Length > IssueLimits.PlaceLength) errors["involvedUnit"] = [$"涉及单位不能超过 {IssueLimits.PlaceLength} 个字符。"];

        valid = errors.Count == 0
            ? new Valid(Title!.Trim(), Description!.Trim(), category!.Value, channel!.Value, source!.Value, Place?.Trim(), InvolvedUnit?.Trim(), Major)
            : null;
        return errors;
    }

    private static void Require(Dictionary<string, string[]> errors, string field, string? value, int maxLength, string label)
    {
        if (string.IsNullOrWhiteSpace(value)) errors[field] = [$"{label}不能为空。"];
        else if (value.Length > maxLength) errors[field] = [$"{label}不能超过 {maxLength} 个字符。"];
    }
}
