using System.Text.RegularExpressions;
using Jinning.Reference;

namespace Jinning.Web.Vocabulary;

/// <summary>The words of issue handling: supervision levels, extensions, sources, what the history records, deliveries.</summary>
public static partial class Words
{
    public static readonly IReadOnlyDictionary<string, string> SupervisionLevels = new Dictionary<string, string>
    {
        ["office"] = "区营商环境办督办",
        ["leadership"] = "领导小组督办",
        ["public-notice"] = "公开通报",
    };

    public static readonly IReadOnlyDictionary<string, string> ExtensionStates = new Dictionary<string, string>
    {
        ["requested"] = "待审批",
        ["granted"] = "已批准",
        ["refused"] = "未批准",
    };

    public static readonly IReadOnlyDictionary<string, string> Sources = new Dictionary<string, string>
    {
        ["supervisor"] = "监督员反映",
        ["hotline"] = "投诉电话",
        ["mailbox"] = "投诉邮箱",
        ["public-web"] = "网上投诉",
    };

    public static readonly IReadOnlyDictionary<string, string> HistoryActions = new Dictionary<string, string>
    {
        ["report"] = "登记",
        ["research"] = "研究",
        ["dispatch"] = "转办",
        ["accept"] = "签收",
        ["return"] = "退单",
        ["progress"] = "报告进展",
        ["rectification"] = "报告整改",
        ["review"] = "审核整改",
        ["feedback"] = "反馈",
        ["acceptance"] = "确认办结",
        ["objection"] = "提出异议",
        ["return-decision"] = "退单裁定",
        ["extension"] = "申请延期",
        ["extension-decision"] = "延期审批",
        ["material-request"] = "要求补充材料",
        ["material-supplied"] = "材料已补充",
        ["merge"] = "合并为重复问题",
        ["absorb"] = "并入重复问题",
        ["reclassify"] = "调整分类",
        ["close"] = "办结",
        ["attach"] = "上传附件",
        ["expose"] = "曝光为典型案例",
        ["remind"] = "催办",
        ["sign-for-overdue"] = "超过签收时限",
        ["overdue-escalated"] = "逾期升级督办",
        ["confirmation-timed-out"] = "超时未确认",
        ["reporter-unreachable"] = "报告人无法回访",
        ["discipline-handling"] = "纪委监委处理",
    };

    public static readonly IReadOnlyDictionary<string, string> DeliveryStatuses = new Dictionary<string, string>
    {
        ["pending"] = "待发送",
        ["sent"] = "已送达",
        ["dead"] = "发送失败",
    };

    public static readonly IReadOnlyDictionary<string, string> DeliveryChannels = new Dictionary<string, string>
    {
        ["email"] = "电子邮件",
        ["webhook"] = "系统接口",
    };

    /// <summary>Why a department returns an issue (退单), the usual ones; the note says more.</summary>
    public static readonly IReadOnlyList<string> ReturnReasons =
    [
        "不属于本单位职责范围",
        "应由其他单位牵头办理",
        "反映内容不清，无法核实",
        "已通过其他渠道办理",
    ];

    /// <summary>Who acted on an issue: the office, a department by name, the platform's clock, or a person's sign-in name.</summary>
    public static string Actor(string actor, string role) => role switch
    {
        "system" => "平台（自动）",
        "department" when actor.StartsWith("dept.", StringComparison.Ordinal) => Department(actor["dept.".Length..]),
        "office" or "discipline" => Of(Roles, role),
        _ => $"{actor}（{Of(Roles, role)}）",
    };

    /// <summary>
    /// A note the API wrote with codes in it (“transfer → market-regulation”), with each known code in words. Free text the
    /// office or a department typed is Chinese and passes unchanged.
    /// </summary>
    public static string Readable(string? note) =>
        note is null ? "" : CodePattern().Replace(note, match => CodeWords.TryGetValue(match.Value, out var word) ? word : match.Value);

    private static readonly IReadOnlyDictionary<string, string> CodeWords = new[]
        {
            IssueStatuses, IssueTypes, DispatchKinds, SupervisionLevels, DisciplineStages, Outcomes, Channels,
            DistrictReference.Departments, DistrictReference.IssueCategories,
        }
        .SelectMany(words => words)
        .GroupBy(pair => pair.Key)
        .ToDictionary(group => group.Key, group => group.Last().Value);

    [GeneratedRegex("(?<![A-Za-z0-9.-])[a-z]+(?:-[a-z]+)*(?![A-Za-z0-9-])")]
    private static partial Regex CodePattern();
}
