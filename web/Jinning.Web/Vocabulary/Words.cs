using Jinning.ServiceDefaults;
using Jinning.Reference;

namespace Jinning.Web.Vocabulary;

/// <summary>
/// The words the office uses for the API's codes (已登记, 已转办, 已签收 …), and dates as the district
/// reads them. Every screen shows these, never the codes.
/// </summary>
public static partial class Words
{
    public static readonly IReadOnlyDictionary<string, string> IssueStatuses = new Dictionary<string, string>
    {
        ["registered"] = "已登记",
        ["researching"] = "研究中",
        ["dispatched"] = "已转办",
        ["signed-for"] = "已签收",
        ["in-progress"] = "办理中",
        ["waiting-for-material"] = "待补充材料",
        ["returned"] = "已退回",
        ["rectified"] = "已整改",
        ["reviewed"] = "已审核",
        ["feedback-given"] = "已反馈",
        ["reopened"] = "重新办理",
        ["closed"] = "已办结",
        ["merged"] = "已合并",
    };

    public static readonly IReadOnlyDictionary<string, string> IssueTypes = new Dictionary<string, string>
    {
        ["problem"] = "问题",
        ["suggestion"] = "建议",
        ["highlight"] = "亮点",
    };

    public static readonly IReadOnlyDictionary<string, string> Channels = new Dictionary<string, string>
    {
        ["wechat"] = "微信",
        ["letter"] = "信函",
        ["email"] = "电子邮件",
        ["visit"] = "走访",
        ["web"] = "网页",
        ["hotline"] = "投诉电话",
        ["mailbox"] = "投诉邮箱",
        ["public-web"] = "网上投诉",
    };

    public static readonly IReadOnlyDictionary<string, string> DispatchKinds = new Dictionary<string, string>
    {
        ["transfer"] = "转办",
        ["assign"] = "交办",
        ["supervise"] = "督办",
    };

    public static readonly IReadOnlyDictionary<string, string> Outcomes = new Dictionary<string, string>
    {
        ["resolved"] = "已解决",
        ["explained"] = "已解释说明",
        ["unfounded"] = "不属实",
        ["not-accepted"] = "不予受理",
        ["referred-elsewhere"] = "转其他渠道",
    };

    public static readonly IReadOnlyDictionary<string, string> Confirmations = new Dictionary<string, string>
    {
        ["confirmed"] = "已确认",
        ["objected"] = "有异议",
        ["timed-out"] = "超时未确认",
        ["not-applicable"] = "无需确认",
    };

    /// <summary>The discipline commission's handling of a retaliation report (the reporter sees the stage, never the measures).</summary>
    public static readonly IReadOnlyDictionary<string, string> DisciplineStages = new Dictionary<string, string>
    {
        ["received"] = "已受理",
        ["investigating"] = "调查核实中",
        ["substantiated"] = "经查属实",
        ["unsubstantiated"] = "经查不属实",
        ["concluded"] = "已办结",
    };

    public static readonly IReadOnlyDictionary<string, string> Backgrounds = new Dictionary<string, string>
    {
        ["npc-deputy"] = "人大代表",
        ["cppcc-member"] = "政协委员",
        ["democratic-party"] = "民主党派",
        ["enterprise"] = "企业代表",
        ["chamber-of-commerce"] = "商会代表",
        ["legal"] = "法律工作者",
        ["media"] = "新闻媒体工作者",
    };

    public static readonly IReadOnlyDictionary<string, string> CertificateStatuses = new Dictionary<string, string>
    {
        ["valid"] = "有效",
        ["expired"] = "已到期",
        ["revoked"] = "已撤销",
    };

    public static readonly IReadOnlyDictionary<string, string> SupervisorStatuses = new Dictionary<string, string>
    {
        ["active"] = "在任",
        ["term-ended"] = "任期届满",
        ["dismissed"] = "已解聘",
        ["adjusted"] = "已调整",
        ["resigned"] = "已辞任",
    };

    public static readonly IReadOnlyDictionary<string, string> NominationStatuses = new Dictionary<string, string>
    {
        ["nominated"] = "已推荐",
        ["vetted"] = "已审核",
        ["disqualified"] = "不符合条件",
        ["approved"] = "已审定",
        ["rejected"] = "未通过",
        ["appointed"] = "已聘任",
    };

    public static readonly IReadOnlyDictionary<string, string> DutyStatuses = new Dictionary<string, string>
    {
        ["due"] = "待报送",
        ["submitted"] = "已报送",
        ["late"] = "逾期报送",
        ["overdue"] = "逾期未报",
    };

    public static readonly IReadOnlyDictionary<string, string> Roles = new Dictionary<string, string>
    {
        ["office"] = "区营商环境办",
        ["supervisor"] = "义务监督员",
        ["department"] = "责任单位",
        ["discipline"] = "区纪委区监委",
        ["nominator"] = "推荐单位",
    };

    public static readonly IReadOnlyDictionary<string, string> ActionKinds = new Dictionary<string, string>
    {
        ["adjustment"] = "调整",
        ["criticism"] = "批评教育",
        ["reminder-talk"] = "提醒谈话",
        ["termination"] = "终止资格",
        ["dismissal"] = "解聘",
    };

    public static readonly IReadOnlyDictionary<string, string> TaskKinds = new Dictionary<string, string>
    {
        ["special"] = "专项监督",
        ["key"] = "重点监督",
        ["mystery-visit"] = "明察暗访",
        ["complaint-verification"] = "投诉举报核查",
    };

    /// <summary>Art. 2's cases in which nobody is appointed, as the vetting records them.</summary>
    public static readonly IReadOnlyDictionary<string, string> Disqualifiers = new Dictionary<string, string>
    {
        ["party-discipline"] = "受过党纪处分",
        ["government-sanction"] = "受过政务处分",
        ["criminal-penalty"] = "受过刑事处罚",
        ["credit-blacklist"] = "纳入失信黑名单",
        ["other"] = "其他不适宜担任监督员的情形",
    };

    public static readonly IReadOnlyDictionary<string, string> ActionReasons = new Dictionary<string, string>
    {
        ["application"] = "本人申请",
        ["discipline-violation"] = "违反工作纪律",
        ["health-or-work"] = "身体或工作原因",
        ["illegal-activity"] = "从事违法活动被查实",
    };

    public static readonly IReadOnlyDictionary<string, string> ApplicationKinds = new Dictionary<string, string>
    {
        ["adjustment"] = "申请调整",
        ["resignation"] = "申请辞去",
    };

    public static readonly IReadOnlyDictionary<string, string> DecisionStatuses = new Dictionary<string, string>
    {
        ["pending"] = "待审批",
        ["approved"] = "已同意",
        ["refused"] = "不同意",
        ["recorded"] = "已备案",
    };

    public static readonly IReadOnlyDictionary<string, string> DeclarationKinds = new Dictionary<string, string>
    {
        ["gift"] = "礼品礼金",
        ["conflict-of-interest"] = "利益冲突",
        ["public-statement"] = "以监督员身份公开发表言论",
    };

    public static readonly IReadOnlyDictionary<string, string> MeetingKinds = new Dictionary<string, string>
    {
        ["symposium"] = "座谈会",
        ["special"] = "专题会议",
    };

    public static string Of(IReadOnlyDictionary<string, string> words, string? code) =>
        code is null ? "" : words.TryGetValue(code, out var word) ? word : code;

    public static string Category(string? code) => Of(DistrictReference.IssueCategories, code);

    public static string Department(string? code) => Of(DistrictReference.Departments, code);

    public static string Unit(string? code) => Of(DistrictReference.NominatingUnits, code);

    /// <summary>An instant as a clock in Jinning shows it: 2026-11-27 14:05.</summary>
    public static string Time(DateTimeOffset? at) => at is { } value ? value.ToOffset(DistrictClock.Offset).ToString("yyyy-MM-dd HH:mm") : "";

    public static string Date(DateTimeOffset? at) => at is { } value ? value.ToOffset(DistrictClock.Offset).ToString("yyyy-MM-dd") : "";

    public static string Date(DateOnly? day) => day?.ToString("yyyy-MM-dd") ?? "";

    /// <summary>The half-year a day falls in, as the API names it: 2026-H2.</summary>
    public static string HalfYearOf(DateOnly day) => $"{day.Year}-H{(day.Month <= 6 ? 1 : 2)}";

    /// <summary>2026-H2 → 2026年下半年.</summary>
    public static string HalfYearName(string period) =>
        period.Length == 7 && period[5] == 'H' ? $"{period[..4]}年{(period[6] == '1' ? "上" : "下")}半年" : period;
}
