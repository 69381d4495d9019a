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
    string? Source = null,
    Guid? ReporterSupervisorId = null)
{
    public sealed record Valid(
        string Title, string Description, IssueCategory Category, IssueChannel Channel, IssueSource Source,
        string? Place, string? InvolvedUnit, bool Major);

    public Dictionary<string, string[]> Validate(out Valid? valid)
    {
        var errors = new Dictionary<string, string[]>();
        Require(errors, "title", Title, IssueLimits.TitleLength, "标题");
        Require(errors, "description", Description, IssueLimits.DescriptionLength, "问题描述");
        var category = KebabEnum.Parse<IssueCategory>(errors, "category", Category, "问题类别");
        var channel = KebabEnum.Parse<IssueChannel>(errors, "channel", Channel, "反映渠道");
        var source = Source is null ? IssueSource.Supervisor : KebabEnum.Parse<IssueSource>(errors, "source", Source, "来源");
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
