using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Jinning.Contracts.V1;

/// <summary>An issue entered the system (T1); <see cref="Major"/> ones reach the office at once (T2).</summary>
public sealed record IssueReported
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required string Title { get; init; }
    public required string Category { get; init; }
    public required string Channel { get; init; }
    public required string Source { get; init; }
    public required bool Major { get; init; }
    /// <summary>Set when a supervisor reported it. Never forwarded to departments.</summary>
    public Guid? ReporterSupervisorId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary><c>problem</c>, <c>suggestion</c> or <c>highlight</c> (T11).</summary>
    public string Type { get; init; } = "problem";
    /// <summary>
    /// The issue's event version: its events count 1, 2, 3… in the order it raised them, so a consumer can
    /// apply them in order. 0 on messages sent before versions existed.
    /// </summary>
    public long Version { get; init; }
}

/// <summary>
/// An issue was dispatched to a department (T3, T9). Published on a topic exchange with the routing
/// key set to <see cref="DepartmentCode"/>; it carries nothing that identifies the reporter. Department
/// systems consume it: the descriptions and allowed values below are its published contract
/// (<c>/docs/asyncapi.json</c>), which only ever grows within V1.
/// </summary>
[Description("问题已转办、交办或督办给责任单位（第十条）。牵头单位和每个协办单位各收到一条，路由键为各自的单位代码；不含任何反映人信息。")]
public sealed record IssueTransferred
{
    [Description("问题编号（平台内部标识），办理接口 /api/ticketing/issues/{issueId}/… 使用它")]
    public required Guid IssueId { get; init; }
    [Description("问题受理编号，如 WT-20261126-0001，与监督员、办公室沟通时使用")]
    public required string TrackingNumber { get; init; }
    /// <summary><c>transfer</c>, <c>assign</c> or <c>supervise</c>.</summary>
    [Description("办理方式：transfer 转办，assign 交办，supervise 督办")]
    [AllowedValues("transfer", "assign", "supervise")]
    public required string Kind { get; init; }
    [Description("收到这条消息的单位代码，也是它的路由键")]
    public required string DepartmentCode { get; init; }
    [Description("问题类别（第六条第一款）")]
    [AllowedValues("administrative-approval", "policy-implementation", "government-transparency", "service-commitment",
        "law-enforcement", "window-service", "other")]
    public required string Category { get; init; }
    [Description("是否重大问题；重大问题须优先办理")]
    public required bool Major { get; init; }
    [Description("问题标题")]
    public required string Title { get; init; }
    [Description("问题描述")]
    public required string Description { get; init; }
    [Description("问题发生地点")]
    public string? Place { get; init; }
    [Description("办理时限：须在此之前报送整改情况")]
    public required DateTimeOffset Deadline { get; init; }
    [Description("办公室的办理要求")]
    public string? Instructions { get; init; }
    [Description("转办时间")]
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary><c>lead</c> for the lead unit (牵头单位), <c>co-handler</c> for a co-handling unit (协办单位).</summary>
    [Description("本单位的角色：lead 牵头单位，co-handler 协办单位（协办单位只报送进展）")]
    [AllowedValues("lead", "co-handler")]
    [DefaultValue("lead")]
    public string Role { get; init; } = "lead";
    /// <summary>The lead unit; equal to <see cref="DepartmentCode"/> for the lead's own message.</summary>
    [Description("牵头单位代码；牵头单位自己的消息中等于 departmentCode")]
    public string? LeadDepartmentCode { get; init; }
    [Description("协办单位代码")]
    public IReadOnlyList<string> CoHandlerCodes { get; init; } = [];
    /// <summary>For supervision (督办): <c>office</c>, <c>leadership</c> or <c>public-notice</c>.</summary>
    [Description("督办级别（仅督办）：office 办公室督办，leadership 领导督办，public-notice 公开通报")]
    [AllowedValues("office", "leadership", "public-notice")]
    public string? SupervisionLevel { get; init; }
    /// <summary>签收时限: sign for or return the issue by then.</summary>
    [Description("签收时限：须在此之前签收或退单")]
    public DateTimeOffset? SignForDeadline { get; init; }
    /// <summary><c>problem</c>, <c>suggestion</c> or <c>highlight</c> (T11).</summary>
    [Description("问题性质：problem 问题，suggestion 意见建议，highlight 亮点")]
    [AllowedValues("problem", "suggestion", "highlight")]
    [DefaultValue("problem")]
    public string Type { get; init; } = "problem";
    /// <summary>
    /// The issue's event version: its events count 1, 2, 3… in the order it raised them, so a consumer can
    /// apply them in order. 0 on messages sent before versions existed.
    /// </summary>
    [Description("事件版本：同一问题的各条事件依次为 1、2、3…，按此顺序处理；0 表示版本号出现之前发出的消息")]
    [DefaultValue(0)]
    public long Version { get; init; }
}

/// <summary>A department returned an issue (退单); the office must arbitrate (T4).</summary>
public sealed record IssueReturned
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required string DepartmentCode { get; init; }
    public required string Reason { get; init; }
    public string? Note { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>
    /// The issue's event version: its events count 1, 2, 3… in the order it raised them, so a consumer can
    /// apply them in order. 0 on messages sent before versions existed.
    /// </summary>
    public long Version { get; init; }
}

/// <summary>A department reported its rectification (T4).</summary>
public sealed record IssueRectified
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required string DepartmentCode { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>When the department got the issue; handling time runs from here to <see cref="OccurredAt"/>.</summary>
    public DateTimeOffset? DispatchedAt { get; init; }
    /// <summary>The deadline in force (after any granted extension or stopped clock): on time if not later.</summary>
    public DateTimeOffset? Deadline { get; init; }
    /// <summary>
    /// The issue's event version: its events count 1, 2, 3… in the order it raised them, so a consumer can
    /// apply them in order. 0 on messages sent before versions existed.
    /// </summary>
    public long Version { get; init; }
}

/// <summary>An issue passed its deadline unresolved and escalates to supervision (T4).</summary>
public sealed record IssueOverdue
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required string DepartmentCode { get; init; }
    public required DateTimeOffset Deadline { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>The supervision level the issue rose to: <c>office</c>, <c>leadership</c> or <c>public-notice</c>.</summary>
    public string? SupervisionLevel { get; init; }
    /// <summary>How many deadlines this unit has missed on the issue, this one included: each is an escalation.</summary>
    public int Escalations { get; init; } = 1;
    public string? Category { get; init; }
    /// <summary>
    /// The issue's event version: its events count 1, 2, 3… in the order it raised them, so a consumer can
    /// apply them in order. 0 on messages sent before versions existed.
    /// </summary>
    public long Version { get; init; }
}

/// <summary>The office reported the result back to the reporters (T5).</summary>
public sealed record FeedbackGiven
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required IReadOnlyList<Guid> ReporterSupervisorIds { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>The reporter may confirm or object until then; afterwards the issue closes as timed out (T10).</summary>
    public DateTimeOffset? ConfirmationDueAt { get; init; }
    /// <summary>
    /// The issue's event version: its events count 1, 2, 3… in the order it raised them, so a consumer can
    /// apply them in order. 0 on messages sent before versions existed.
    /// </summary>
    public long Version { get; init; }
}

/// <summary>The issue is closed: confirmed by the reporter, closed by the office, or by the clock (T5, T10).</summary>
public sealed record IssueClosed
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public int? Rating { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>Everyone who reported it, merged duplicates included.</summary>
    public IReadOnlyList<Guid> ReporterSupervisorIds { get; init; } = [];
    public string? DepartmentCode { get; init; }
    /// <summary>
    /// <c>resolved</c>, <c>explained</c>, <c>unfounded</c>, <c>not-accepted</c> or <c>referred-elsewhere</c> (T10).
    /// Absent on issues closed before outcomes existed, which were all confirmed as resolved.
    /// </summary>
    public string? Outcome { get; init; }
    /// <summary><c>confirmed</c>, <c>objected</c>, <c>timed-out</c> or <c>not-applicable</c>; absent means confirmed.</summary>
    public string? Confirmation { get; init; }
    public string? Category { get; init; }
    /// <summary>
    /// The issue's event version: its events count 1, 2, 3… in the order it raised them, so a consumer can
    /// apply them in order. 0 on messages sent before versions existed.
    /// </summary>
    public long Version { get; init; }
}

/// <summary>The reporter objected; the issue is reopened for redo or escalation (T5).</summary>
public sealed record IssueReopened
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required string Reason { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>
    /// The issue's event version: its events count 1, 2, 3… in the order it raised them, so a consumer can
    /// apply them in order. 0 on messages sent before versions existed.
    /// </summary>
    public long Version { get; init; }
}

/// <summary>Obstruction of or retaliation against a supervisor was reported; for discipline only (T6).</summary>
public sealed record RetaliationReported
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>
    /// The issue's event version: its events count 1, 2, 3… in the order it raised them, so a consumer can
    /// apply them in order. 0 on messages sent before versions existed.
    /// </summary>
    public long Version { get; init; }
}

/// <summary>A confirmed case was exposed on the public, anonymised list (T7).</summary>
public sealed record CaseExposed
{
    public required Guid IssueId { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string Category { get; init; }
    public string? DepartmentCode { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>
    /// The issue's event version: its events count 1, 2, 3… in the order it raised them, so a consumer can
    /// apply them in order. 0 on messages sent before versions existed.
    /// </summary>
    public long Version { get; init; }
}

/// <summary>A reminder (催办) to the department before an issue's deadline (T4).</summary>
public sealed record IssueReminderDue
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required string DepartmentCode { get; init; }
    public required DateTimeOffset Deadline { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary><c>deadline</c>: the handling deadline is near (催办); <c>sign-for</c>: not signed for in time (催签).</summary>
    public string Reason { get; init; } = "deadline";
    /// <summary>
    /// The issue's event version: its events count 1, 2, 3… in the order it raised them, so a consumer can
    /// apply them in order. 0 on messages sent before versions existed.
    /// </summary>
    public long Version { get; init; }
}

/// <summary>A duplicate was merged into another issue, whose outcome its reporter gets (T3).</summary>
public sealed record IssueMerged
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required Guid IntoIssueId { get; init; }
    public required string IntoTrackingNumber { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>Who reported the duplicate, to be told where it is handled now. Never forwarded to departments.</summary>
    public Guid? ReporterSupervisorId { get; init; }
    /// <summary>
    /// The issue's event version: its events count 1, 2, 3… in the order it raised them, so a consumer can
    /// apply them in order. 0 on messages sent before versions existed.
    /// </summary>
    public long Version { get; init; }
}

/// <summary>A department asked for a later deadline (延期); the office decides (T4).</summary>
public sealed record IssueExtensionRequested
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required string DepartmentCode { get; init; }
    public required DateTimeOffset Deadline { get; init; }
    public required DateTimeOffset RequestedUntil { get; init; }
    public required string Reason { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>
    /// The issue's event version: its events count 1, 2, 3… in the order it raised them, so a consumer can
    /// apply them in order. 0 on messages sent before versions existed.
    /// </summary>
    public long Version { get; init; }
}

/// <summary>The office granted or refused an extension; <see cref="Deadline"/> is the one now in force.</summary>
public sealed record IssueExtensionDecided
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required string DepartmentCode { get; init; }
    public required bool Granted { get; init; }
    public required DateTimeOffset Deadline { get; init; }
    public string? Note { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>
    /// The issue's event version: its events count 1, 2, 3… in the order it raised them, so a consumer can
    /// apply them in order. 0 on messages sent before versions existed.
    /// </summary>
    public long Version { get; init; }
}

/// <summary>
/// The office changed an issue's category, type or major flag (T12). Into <c>retaliation</c> it left
/// every department at once (<see cref="Withdrawn"/>). Carries nothing for departments.
/// </summary>
public sealed record IssueReclassified
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required string Category { get; init; }
    public required string Type { get; init; }
    public required bool Major { get; init; }
    public required string PreviousCategory { get; init; }
    public required string PreviousType { get; init; }
    public required bool PreviousMajor { get; init; }
    /// <summary>The unit that held the issue lost it, because it is now a retaliation report.</summary>
    public bool Withdrawn { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>
    /// The issue's event version: its events count 1, 2, 3… in the order it raised them, so a consumer can
    /// apply them in order. 0 on messages sent before versions existed.
    /// </summary>
    public long Version { get; init; }
}

/// <summary>The lead unit signed for an issue (签收, T4); on time if not after <see cref="SignForDeadline"/>.</summary>
public sealed record IssueSignedFor
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required string DepartmentCode { get; init; }
    public DateTimeOffset? SignForDeadline { get; init; }
    public DateTimeOffset? DispatchedAt { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>
    /// The issue's event version: its events count 1, 2, 3… in the order it raised them, so a consumer can
    /// apply them in order. 0 on messages sent before versions existed.
    /// </summary>
    public long Version { get; init; }
}

/// <summary>
/// The discipline commission moved a retaliation report to a new stage (T12): <c>received</c>,
/// <c>investigating</c>, <c>substantiated</c>, <c>unsubstantiated</c> or <c>concluded</c>. The
/// reporters are told the stage; the measures never travel.
/// </summary>
public sealed record DisciplineStageRecorded
{
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required string Stage { get; init; }
    public IReadOnlyList<Guid> ReporterSupervisorIds { get; init; } = [];
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>
    /// The issue's event version: its events count 1, 2, 3… in the order it raised them, so a consumer can
    /// apply them in order. 0 on messages sent before versions existed.
    /// </summary>
    public long Version { get; init; }
}

/// <summary>
/// A deadline was missed at the public-notice supervision level, and a notice (通报) was published
/// (T13): the department, the category and how late — never the reporter.
/// </summary>
public sealed record PublicNoticePublished
{
    public required Guid NoticeId { get; init; }
    public required Guid IssueId { get; init; }
    public required string TrackingNumber { get; init; }
    public required string DepartmentCode { get; init; }
    public required string Category { get; init; }
    /// <summary>The first deadline the department missed on the issue.</summary>
    public required DateTimeOffset FirstMissedDeadline { get; init; }
    public required int LateWorkingDays { get; init; }
    public required int LateDays { get; init; }
    public required string Text { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>
    /// The issue's event version: its events count 1, 2, 3… in the order it raised them, so a consumer can
    /// apply them in order. 0 on messages sent before versions existed.
    /// </summary>
    public long Version { get; init; }
}

/// <summary>The office changed a year of the official calendar (holidays, make-up working days) that deadlines count on (T4).</summary>
public sealed record WorkingCalendarChanged
{
    public required int Year { get; init; }
    public required IReadOnlyList<DateOnly> Holidays { get; init; }
    public required IReadOnlyList<DateOnly> MakeUpWorkdays { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}
