using Jinning.Contracts.V1;
using Jinning.Notification.Routing;
using Jinning.Reference;

namespace Jinning.Notification.Templates;

/// <summary>Texts of the roster's notices: to nominating units, to the office, to supervisors (R1–R9, D4, D5).</summary>
public static partial class NotificationTexts
{
    private static string Unit(string code) => DistrictReference.NominatingUnits.GetValueOrDefault(code, code);

    private static string ReasonLabel(string code) => code switch
    {
        "application" => "本人申请",
        "discipline-violation" => "违反工作纪律",
        "health-or-work" => "身体状况或工作原因",
        "illegal-activity" => "从事违法活动被查实",
        _ => code,
    };

    private static string ActionLabel(string kind) => kind switch
    {
        "adjustment" => "调整",
        "criticism" => "批评教育",
        "reminder-talk" => "提醒谈话",
        "termination" => "终止监督员资格",
        "dismissal" => "解聘",
        _ => kind,
    };

    private static string ApplicationLabel(string kind) => kind == "resignation" ? "辞去" : "调整";

    private static string DeclarationLabel(string kind) => kind switch
    {
        "gift" => "受赠礼品",
        "conflict-of-interest" => "利益冲突",
        "public-statement" => "以监督员身份发表言论",
        _ => kind,
    };

    private static string TaskLabel(string kind) => kind switch
    {
        "special" => "专项监督",
        "key" => "重点监督",
        "mystery-visit" => "明察暗访",
        "complaint-verification" => "投诉举报信息核查",
        _ => kind,
    };

    public static Notice CandidateNominated(CandidateNominated e) => new("candidate-nominated",
        $"新推荐人选待审核{(e.CandidateName is null ? "" : $"：{e.CandidateName}")}",
        $"{Unit(e.NominatingUnit)}推荐了营商环境义务监督员人选{(e.CandidateName is null ? "" : $" {e.CandidateName}")}，请进行资格审核（制度第二条）。", e.NominationId);

    public static Notice NominationReviewed(NominationReviewed e) => e.Status switch
    {
        "vetted" => new("nomination-reviewed", $"推荐人选 {e.CandidateName} 已通过资格审核",
            $"贵单位推荐的 {e.CandidateName} 已通过资格审核，待区营商环境办审定。", e.NominationId),
        "disqualified" => new("nomination-reviewed", $"推荐人选 {e.CandidateName} 不得聘任",
            $"贵单位推荐的 {e.CandidateName} 经资格审核，有制度第二条第五项规定的不得聘任情形，不予聘任。", e.NominationId),
        "approved" => new("nomination-reviewed", $"推荐人选 {e.CandidateName} 已审定",
            $"贵单位推荐的 {e.CandidateName} 已经区营商环境办审定，将在聘任会议上颁发聘书。", e.NominationId),
        _ => new("nomination-reviewed", $"推荐人选 {e.CandidateName} 未通过",
            $"贵单位推荐的 {e.CandidateName} 未通过审核{(e.Reason is null ? "" : $"，理由：{e.Reason}")}。", e.NominationId),
    };

    public static Notice NomineeAppointed(SupervisorAppointed e) => new("nominee-appointed", $"推荐人选 {e.Name} 已聘任",
        $"贵单位推荐的 {e.Name} 已被聘为营商环境义务监督员，聘书编号 {e.CertificateNumber}，聘期 {e.TermStart:yyyy年M月d日} 至 {e.TermEnd:yyyy年M月d日}。",
        e.SupervisorId);

    public static Notice NomineeTermEnded(SupervisorTermEnded e) => new("nominee-term-ended", $"监督员 {e.Name} 聘期届满",
        $"贵单位推荐的监督员 {e.Name}（聘书编号 {e.CertificateNumber}）聘期已于 {e.TermEnd:yyyy年M月d日} 届满，自动解聘。如拟继续推荐，请重新提交推荐。",
        e.SupervisorId);

    public static Notice NomineeDismissed(SupervisorDismissed e) => new("nominee-dismissed", $"监督员 {e.Name} 已被终止资格",
        $"贵单位推荐的监督员 {e.Name}（聘书编号 {e.CertificateNumber}）已被终止监督员资格（解聘），原因：{ReasonLabel(e.ReasonCode)}。", e.SupervisorId);

    public static Notice ReplacementRequested(ReplacementRequested e) => new("replacement-requested", $"请另行推荐监督员（接替 {e.Name}）",
        $"贵单位推荐的监督员 {e.Name}（聘书编号 {e.CertificateNumber}）已{(e.Reason == "resigned" ? "辞去" : "调整")}，聘任终止。请另行推荐人选接替。",
        e.SupervisorId, Urgent: true);

    public static Notice ApplicationFiled(SupervisorApplicationFiled e) => new("application-filed",
        $"监督员申请{ApplicationLabel(e.Kind)}：{e.Name}",
        $"监督员 {e.Name}（聘书编号 {e.CertificateNumber}）书面申请{ApplicationLabel(e.Kind)}，理由：{e.Reason}。请审批。", e.ApplicationId);

    public static Notice ApplicationDecided(SupervisorApplicationDecided e) => new("application-decided",
        e.Approved ? $"您的{ApplicationLabel(e.Kind)}申请已批准" : $"您的{ApplicationLabel(e.Kind)}申请未获批准",
        e.Approved
            ? $"您的{ApplicationLabel(e.Kind)}申请已批准，聘任终止，登录账号同时停用。感谢您对晋宁营商环境的监督。{e.Note}"
            : $"您的{ApplicationLabel(e.Kind)}申请未获批准，请继续履行监督员职责。{e.Note}",
        e.ApplicationId);

    public static Notice ActionRecorded(SupervisorActionRecorded e) => new("supervisor-action", $"区营商环境办对您作出{ActionLabel(e.Kind)}",
        $"区营商环境办于 {e.On:yyyy年M月d日} 对您作出“{ActionLabel(e.Kind)}”（原因：{ReasonLabel(e.ReasonCode)}），已记入个人档案。{e.Note}",
        e.ActionId, Urgent: true);

    public static Notice AccountabilityReferred(AccountabilityReferred e) => new("accountability-referred", $"【移交问责】监督员 {e.Name}",
        $"区营商环境办对义务监督员 {e.Name}（聘书编号 {e.CertificateNumber}）作出“{ActionLabel(e.ActionKind)}”，原因：{ReasonLabel(e.ReasonCode)}，"
        + $"现移交区纪委区监委追究相应责任。{e.Note}", e.SupervisorId, Urgent: true);

    public static Notice DeclarationFiled(DeclarationFiled e) => new("declaration-filed", $"监督员申报{DeclarationLabel(e.Kind)}：{e.Name}",
        $"监督员 {e.Name}（聘书编号 {e.CertificateNumber}）申报{DeclarationLabel(e.Kind)}：{e.Summary}。"
        + (e.NeedsApproval ? "须经区营商环境办同意后方可发表，请审批。" : "已记入个人档案。"), e.DeclarationId, Urgent: e.NeedsApproval);

    public static Notice DeclarationDecided(DeclarationDecided e) => new("declaration-decided",
        e.Approved ? "您申报的言论已获同意" : "您申报的言论未获同意",
        $"您申报以营商环境义务监督员身份发表的言论“{e.Summary}”{(e.Approved ? "已获区营商环境办同意" : "未获区营商环境办同意，请勿以监督员身份发表")}。{e.Note}",
        e.DeclarationId);

    public static Notice TaskAssigned(TaskAssigned e) => new("task-assigned", $"受托监督任务：{e.Title}",
        $"区营商环境办委托您开展{TaskLabel(e.Kind)}“{e.Title}”{(e.DueOn is { } due ? $"，请于 {due:yyyy年M月d日} 前报告结果" : "")}。请登录查看任务要求。",
        e.TaskId);

    public static Notice IssueRectified(IssueRectified e) => new("issue-rectified", $"整改待审核：{e.TrackingNumber}",
        $"{DistrictReference.Departments.GetValueOrDefault(e.DepartmentCode, e.DepartmentCode)}已报告问题 {e.TrackingNumber} 的整改情况，请审核并向监督员反馈。",
        e.IssueId);

    public static Notice SuggestionAdopted(SuggestionAdopted e) => new("suggestion-adopted", "您的建议书已被采纳",
        $"您报送的 {e.Period} 优化营商环境建议书已被区营商环境办采纳。感谢您的建言献策。", e.SubmissionId);
}
