using Jinning.ServiceDefaults;

namespace Jinning.Ticketing.Issues;

/// <summary>
/// An issue as reported (T1, T11). Supervisors report for themselves. The office registers hotline,
/// mailbox and public complaints (with <see cref="Source"/> and the caller's contact), or enters a
/// supervisor's off-line report for them (<see cref="OnBehalfOfSupervisorId"/>, by WeChat, letter,
/// e-mail or visit), which is then that supervisor's own issue.
/// </summary>
public sealed record ReportIssueRequest(
    string? Title,
    string? Description,
    string? Category,
    string? Channel,
    string? Place,
    string? InvolvedUnit,
    bool Major = false,
    string? Source = null,
    string? Type = null,
    Guid? OnBehalfOfSupervisorId = null,
    string? ContactName = null,
    string? ContactPhone = null)
{
    public const int ContactLength = 200;

    /// <summary>Channels by which a supervisor hands in a report off-line (Art. 6.2).</summary>
    public static readonly IssueChannel[] OffLineChannels = [IssueChannel.Wechat, IssueChannel.Letter, IssueChannel.Email,
        IssueChannel.Visit];

    public sealed record Valid(
        string Title, string Description, IssueCategory Category, IssueChannel Channel, IssueSource Source,
        string? Place, string? InvolvedUnit, bool Major, IssueType Type, Guid? ReporterSupervisorId, string? ComplainantContact)
    {
        /// <summary>A complaint from outside the scheme, which its complainant follows with a query code (T13).</summary>
        public bool IsComplaint => Source != IssueSource.Supervisor;
    }

    /// <summary>Parses the request of <paramref name="reporter"/> (a supervisor), or of the office when it is null.</summary>
    public Dictionary<string, string[]> Validate(Guid? reporter, bool byOffice, out Valid? valid)
    {
        var errors = new Dictionary<string, string[]>();
        Require(errors, "title", Title, IssueLimits.TitleLength, "标题");
        Require(errors, "description", Description, IssueLimits.DescriptionLength, "问题描述");
        var category = KebabEnum.Parse<IssueCategory>(errors, "category", Category, "问题类别");
        var channel = KebabEnum.Parse<IssueChannel>(errors, "channel", Channel, "反映渠道");
        var type = Type is null ? IssueType.Problem : KebabEnum.Parse<IssueType>(errors, "type", Type, "类型");
        var source = ParseSource(errors, byOffice);
        if (byOffice && OnBehalfOfSupervisorId is not null && channel is { } offLine && !OffLineChannels.Contains(offLine))
        {
            errors["channel"] = ["代监督员登记的问题，渠道须为 wechat、letter、email 或 visit。"];
        }
        if (Place?.Length > IssueLimits.PlaceLength) errors["place"] = [$"地点不能超过 {IssueLimits.PlaceLength} 个字符。"];
        if (InvolvedUnit?.Length > IssueLimits.PlaceLength) errors["involvedUnit"] = [$"涉及单位不能超过 {IssueLimits.PlaceLength} 个字符。"];
        var contact = string.Join(" ", new[] { ContactName,
            ContactPhone }.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()));
        if (contact.Length > ContactLength) errors["contactPhone"] = [$"联系方式不超过 {ContactLength} 字。"];
        if (contact.Length > 0 && source == IssueSource.Supervisor) errors["contactName"] = ["只有热线、信箱和群众投诉登记来电人或投诉人的联系方式。"];

        valid = errors.Count == 0
            ? new Valid(Title!.Trim(), Description!.Trim(), category!.Value, channel!.Value, source!.Value, Place?.Trim(),
            InvolvedUnit?.Trim(), Major,
                type!.Value, reporter ?? OnBehalfOfSupervisorId, contact.Length > 0 ? contact : null)
            : null;
        return errors;
    }

    private IssueSource? ParseSource(Dictionary<string, string[]> errors, bool byOffice)
    {
        if (!byOffice)
        {
            if (Source is not null && Source != "supervisor") errors["source"] = ["监督员报告的问题来源为 supervisor。"];
            if (OnBehalfOfSupervisorId is not null) errors["onBehalfOfSupervisorId"] = ["只有办公室可以代监督员登记问题。"];
            return IssueSource.Supervisor;
        }
        if (OnBehalfOfSupervisorId is not null)
        {
            if (Source is not null && Source != "supervisor") errors["source"] = ["代监督员登记的问题来源为 supervisor，不填即可。"];
            return IssueSource.Supervisor;
        }
        var source = KebabEnum.Parse<IssueSource>(errors, "source", Source, "来源");
        if (source == IssueSource.Supervisor)
        {
            errors["source"] = ["办公室登记的问题须注明来源：hotline、mailbox 或 public-web；代监督员登记请填写 onBehalfOfSupervisorId。"];
        }
        return source;
    }

    private static void Require(Dictionary<string, string[]> errors, string field, string? value, int maxLength, string label)
    {
        if (string.IsNullOrWhiteSpace(value)) errors[field] = [$"{label}不能为空。"];
        else if (value.Length > maxLength) errors[field] = [$"{label}不能超过 {maxLength} 个字符。"];
    }
}
