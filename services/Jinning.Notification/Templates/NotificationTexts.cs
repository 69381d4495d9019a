using Jinning.Contracts.V1;
using Jinning.Notification.Routing;

namespace Jinning.Notification.Templates;

/// <summary>Every text a person receives, in one place, so the wording is reviewed together.</summary>
public static partial class NotificationTexts
{
    private static string Date(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy年M月d日 HH:mm");

    public static Notice IssueReported(IssueReported e) => e.Major
        ? new("issue-reported", $"【重大问题】{e.TrackingNumber} 需立即研究处理", $"收到重大问题报告“{e.Title}”（编号 {e.TrackingNumber}），请立即研究并转办。", e.IssueId, Urgent: true)
        : new("issue-reported", $"新问题 {e.TrackingNumber} 待研究", $"收到问题报告“{e.Title}”（编号 {e.TrackingNumber}），请研究并转办。", e.IssueId);

    public static Notice IssueTransferred(IssueTransferred e) => e.Role == "co-handler"
        ? new("issue-transferred", $"【协办】{e.TrackingNumber}",
            $"问题“{e.Title}”（编号 {e.TrackingNumber}）由 {e.LeadDepartmentCode} 牵头办理，请贵单位协办，于 {Date(e.Deadline)} 前向牵头单位报告协办情况。{e.Instructions}",
            e.IssueId, Urgent: e.Major)
        : new("issue-transferred",
            e.Kind switch { "supervise" => $"【督办】{e.TrackingNumber}", "assign" => $"【交办】{e.TrackingNumber}", _ => $"【转办】{e.TrackingNumber}" },
            $"问题“{e.Title}”（编号 {e.TrackingNumber}）已{(e.Kind switch { "supervise" => "督办", "assign" => "交办", _ => "转办" })}贵单位，请于 {Date(e.Deadline)} 前办结并反馈。{e.Instructions}",
            e.IssueId, Urgent: e.Major || e.Kind == "supervise");

    public static Notice IssueReminderDue(IssueReminderDue e) => e.Reason == "sign-for"
        ? new("issue-reminder", $"【催签】{e.TrackingNumber} 超过签收时限", $"问题 {e.TrackingNumber} 的签收时限为 {Date(e.Deadline)}，请立即签收或说明理由退单。", e.IssueId, Urgent: true)
        : new("issue-reminder", $"【催办】{e.TrackingNumber} 即将到期", $"问题 {e.TrackingNumber} 的办理时限为 {Date(e.Deadline)}，请抓紧办理并按时反馈。", e.IssueId, Urgent: true);

    public static Notice IssueMerged(IssueMerged e) => new("issue-merged", $"您反映的问题 {e.TrackingNumber} 已合并办理",
        $"您反映的问题 {e.TrackingNumber} 与 {e.IntoTrackingNumber} 属同一事项，已合并办理；办理结果将一并反馈给您。", e.IntoIssueId, Urgent: false);

    public static Notice IssueExtensionRequested(IssueExtensionRequested e) => new("issue-extension-requested", $"延期待审批：{e.TrackingNumber}",
        $"{e.DepartmentCode} 申请将问题 {e.TrackingNumber} 的办理时限由 {Date(e.Deadline)} 延至 {Date(e.RequestedUntil)}，理由：{e.Reason}。", e.IssueId, Urgent: false);

    public static Notice IssueExtensionDecided(IssueExtensionDecided e) => new("issue-extension-decided",
        e.Granted ? $"延期已批准：{e.TrackingNumber}" : $"延期未批准：{e.TrackingNumber}",
        $"问题 {e.TrackingNumber} 的办理时限{(e.Granted ? "延至" : "仍为")} {Date(e.Deadline)}。{e.Note}", e.IssueId, Urgent: !e.Granted);

    public static Notice IssueReturned(IssueReturned e) => new("issue-returned", $"退单待裁定：{e.TrackingNumber}",
        $"责任单位退回问题 {e.TrackingNumber}，理由：{e.Reason}。请裁定重新转办或退回原单位。", e.IssueId, Urgent: true);

    public static Notice IssueOverdue(IssueOverdue e) => new("issue-overdue", $"【超期】{e.TrackingNumber}",
        $"问题 {e.TrackingNumber} 已超过办理时限（{Date(e.Deadline)}），已自动升级督办。", e.IssueId, Urgent: true);

    public static Notice FeedbackGiven(FeedbackGiven e) => new("feedback-given", $"您反映的问题 {e.TrackingNumber} 有了办理结果",
        $"您反映的问题（编号 {e.TrackingNumber}）已办理并反馈，请登录查看结果，确认整改情况并评价。", e.IssueId);

    public static Notice SupervisorAppointed(SupervisorAppointed e) => new("appointed", "您已被聘为晋宁区营商环境义务监督员",
        $"{e.Name}，您已被聘为营商环境义务监督员，聘书编号 {e.CertificateNumber}，聘期 {e.TermStart:yyyy年M月d日} 至 {e.TermEnd:yyyy年M月d日}。请凭聘书所附激活码设置登录密码。", e.SupervisorId);

    public static Notice SupervisorTermEnding(SupervisorTermEnding e) => new("term-ending", $"聘期将于 {e.DaysLeft} 天后届满",
        $"您的义务监督员聘期（聘书编号 {e.CertificateNumber}）将于 {e.TermEnd:yyyy年M月d日} 届满，届满后自动解聘。", e.SupervisorId);

    public static Notice SupervisorTermEnded(SupervisorTermEnded e) => new("term-ended", "聘期已届满",
        $"您的义务监督员聘期（聘书编号 {e.CertificateNumber}）已于 {e.TermEnd:yyyy年M月d日} 届满，自动解聘。感谢您对晋宁营商环境的监督。", e.SupervisorId);

    public static Notice MeetingScheduled(MeetingScheduled e) => new("meeting", $"会议通知：{e.Title}",
        $"请于 {Date(e.StartsAt)} 出席“{e.Title}”{(e.Place is null ? "" : $"，地点：{e.Place}")}。", e.MeetingId);

    public static Notice TrainingIssued(TrainingIssued e) => new("training", $"学习资料：{e.Title}",
        $"区营商环境办下发了 {e.Period} 学习资料“{e.Title}”，请登录查阅。", e.TrainingId);

    public static Notice HalfYearWorkDue(HalfYearWorkDue e) => new("half-year-work-due", $"请报送 {e.Period} 台账与建议书",
        $"请于 {e.DueOn:yyyy年M月d日} 前报送本半年度的宣传反馈工作台账和一篇优化营商环境建议书。");

    public static Notice RetaliationReported(RetaliationReported e) => new("retaliation", $"【打击报复线索】{e.TrackingNumber}",
        $"收到对义务监督员故意刁难、打击报复的反映（编号 {e.TrackingNumber}），请依规处理。", e.IssueId, Urgent: true);
}
