using Jinning.Contracts.V1;
using Jinning.Notification.Routing;

namespace Jinning.Notification.Templates;

/// <summary>Texts of issue outcomes, retaliation handling and public notices (T10, T12, T13).</summary>
public static partial class NotificationTexts
{
    /// <summary>The stage in words; the measures never reach the reporter.</summary>
    public static Notice DisciplineStageRecorded(DisciplineStageRecorded e) => new("discipline-stage",
        $"您反映的打击报复问题 {e.TrackingNumber} 有了处理进展",
        $"您反映的对义务监督员故意刁难、打击报复的问题（编号 {e.TrackingNumber}），区纪委区监委处理进展：{DisciplineStage(e.Stage)}。", e.IssueId);

    public static Notice IssueClosed(IssueClosed e) => new("issue-closed", $"您反映的问题 {e.TrackingNumber} 已办结",
        $"您反映的问题（编号 {e.TrackingNumber}）已办结，办理结果：{Outcome(e.Outcome)}；{Confirmation(e.Confirmation)}。", e.IssueId);

    public static Notice PublicNoticePublished(PublicNoticePublished e) => new("public-notice", $"【通报】{e.TrackingNumber} 逾期未办结",
        $"问题 {e.TrackingNumber} 经办公室督办、领导督办后仍逾期未办结，已超过办理时限 {e.LateWorkingDays} 个工作日，现已公开通报。{e.Text}",
        e.IssueId, Urgent: true);

    private static string DisciplineStage(string stage) => stage switch
    {
        "received" => "已受理",
        "investigating" => "正在调查核实",
        "substantiated" => "经查属实，依规依纪处理",
        "unsubstantiated" => "经查不属实",
        "concluded" => "处理完毕",
        _ => stage,
    };

    private static string Outcome(string? outcome) => outcome switch
    {
        null or "resolved" => "已解决",
        "explained" => "已解释说明",
        "unfounded" => "经核实不属实",
        "not-accepted" => "不予受理",
        "referred-elsewhere" => "已转其他渠道办理",
        _ => outcome,
    };

    private static string Confirmation(string? confirmation) => confirmation switch
    {
        null or "confirmed" => "您已确认办理结果",
        "objected" => "您的异议已记录在案",
        "timed-out" => "反馈后 5 个工作日内未收到您的确认，已自动办结",
        _ => "无需您确认",
    };
}
