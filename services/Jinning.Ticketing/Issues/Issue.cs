using Jinning.ServiceDefaults;
using Jinning.Ticketing.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Ticketing.Issues;

public enum IssueStatus
{
    Registered,
    Researching,
    Dispatched,
    SignedFor,
    InProgress,
    /// <summary>The department waits for material it asked for; the clock stops (T4).</summary>
    WaitingForMaterial,
    Returned,
    Rectified,
    Reviewed,
    FeedbackGiven,
    Reopened,
    Closed,
    Merged,
}

/// <summary>Who handles an issue, how, and by when (T3); co-handlers and a supervision level are optional.</summary>
public sealed record DispatchOrder(
    DispatchKind Kind,
    string DepartmentCode,
    DateTimeOffset Deadline,
    DateTimeOffset? SignForDeadline = null,
    string? Instructions = null,
    IReadOnlyList<string>? CoHandlers = null,
    SupervisionLevel? Level = null);

/// <summary>An extension (延期) the department asked for, and the office's answer.</summary>
public enum ExtensionState
{
    Requested,
    Granted,
    Refused,
}

/// <summary>Supervision (督办) levels: the office, the leadership, a public notice (通报).</summary>
public enum SupervisionLevel
{
    Office,
    Leadership,
    PublicNotice,
}

/// <summary>The plain open/closed view beside the rich status (Open311 compatible).</summary>
public enum IssueState
{
    Open,
    Closed,
}

public sealed class Issue
{
    public Guid Id { get; private init; }
    public string TrackingNumber { get; private init; } = "";
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";
    public IssueCategory Category { get; private set; }
    public IssueChannel Channel { get; private init; }
    public IssueSource Source { get; private init; }
    public string? Place { get; private set; }
    public string? InvolvedUnit { get; private set; }
    public bool Major { get; private set; }
    public Guid? ReporterSupervisorId { get; private init; }
    public IssueStatus Status { get; private set; }
    public DateTimeOffset ReportedAt { get; private init; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The lead unit (牵头单位) the issue was dispatched to; departments see only these.</summary>
    public string? DepartmentCode { get; private set; }
    public DispatchKind? DispatchKind { get; private set; }
    public DateTimeOffset? Deadline { get; private set; }
    public string? Instructions { get; private set; }
    public DateTimeOffset? DispatchedAt { get; private set; }
    public DateTimeOffset? SignedForAt { get; private set; }
    public string? ReturnReason { get; private set; }
    public string? RectificationSummary { get; private set; }
    public List<string> RectificationEvidence { get; private set; } = [];
    public string? Feedback { get; private set; }
    public int? Rating { get; private set; }
    public string? ObjectionReason { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    /// <summary>Name and phone a member of the public left with a complaint: the office only.</summary>
    public string? ComplainantContact { get; private set; }
    public DateTimeOffset? ExposedAt { get; private set; }
    public DateTimeOffset? ReminderSentAt { get; private set; }
    public DateTimeOffset? OverdueAt { get; private set; }
    public string? CaseTitle { get; private set; }
    public string? CaseSummary { get; private set; }

    /// <summary>Co-handlers (协办单位) beside the lead unit; they see the issue and report progress.</summary>
    public List<string> CoHandlerCodes { get; private set; } = [];
    public SupervisionLevel? SupervisionLevel { get; private set; }
    /// <summary>签收时限: the department signs for the issue by then.</summary>
    public DateTimeOffset? SignForDeadline { get; private set; }
    public DateTimeOffset? SignForOverdueAt { get; private set; }
    public ExtensionState? Extension { get; private set; }
    public DateTimeOffset? ExtensionRequestedUntil { get; private set; }
    public string? ExtensionReason { get; private set; }
    /// <summary>When the clock stopped (waiting for material); the deadline moves by the stopped time.</summary>
    public DateTimeOffset? ClockStoppedAt { get; private set; }
    public string? MaterialRequest { get; private set; }
    public Guid? MergedIntoId { get; private set; }
    /// <summary>Reporters of duplicates merged into this issue: they all get its outcome (T3).</summary>
    public List<Guid> MergedReporterSupervisorIds { get; private set; } = [];

    public IssueState State => Status is IssueStatus.Closed or IssueStatus.Merged ? IssueState.Closed : IssueState.Open;

    private Issue()
    {
    }

    /// <summary>The office studies the issue before dispatching it (研究).</summary>
    public void StartResearch(DateTimeOffset now) => Move(IssueTransitions.Research, IssueStatus.Researching, now);

    /// <summary>Transfer, assign or supervise: the lead unit, with any co-handlers, is now responsible, on the clock (T3, T4).</summary>
    public void Dispatch(DispatchOrder order, DateTimeOffset now)
    {
        Move(IssueTransitions.Dispatch, IssueStatus.Dispatched, now);
        AssignTo(order, now);
    }

    /// <summary>The office rules on a return by sending the issue to another unit (or the same one anew).</summary>
    public void Redispatch(DispatchOrder order, DateTimeOffset now)
    {
        Move(IssueTransitions.ReturnDecision, IssueStatus.Dispatched, now);
        AssignTo(order, now);
    }

    /// <summary>
    /// The office rules a return unfounded: the same unit keeps it and signs for it again, on the
    /// deadline that kept running while the return was disputed.
    /// </summary>
    public void SendBack(DateTimeOffset signForDeadline, DateTimeOffset now)
    {
        Move(IssueTransitions.ReturnDecision, IssueStatus.Dispatched, now);
        SignForDeadline = signForDeadline.ToUniversalTime();
        SignForOverdueAt = null;
        ReturnReason = null;
    }

    private void AssignTo(DispatchOrder order, DateTimeOffset now)
    {
        DispatchKind = order.Kind;
        DepartmentCode = order.DepartmentCode;
        CoHandlerCodes = [.. (order.CoHandlers ?? []).Where(c => c != order.DepartmentCode).Distinct()];
        SupervisionLevel = order.Kind == Issues.DispatchKind.Supervise ? order.Level ?? Issues.SupervisionLevel.Office : null;
        Deadline = order.Deadline.ToUniversalTime();
        SignForDeadline = (order.SignForDeadline ?? order.Deadline).ToUniversalTime();
        SignForOverdueAt = null;
        Instructions = order.Instructions;
        DispatchedAt = now;
        SignedForAt = null;
        ReminderSentAt = null;
        OverdueAt = null;
        Extension = null;
        ExtensionRequestedUntil = null;
        ExtensionReason = null;
    }

    public bool IsHandledBy(string departmentCode) => DepartmentCode == departmentCode || CoHandlerCodes.Contains(departmentCode);

    /// <summary>签收: the department takes the issue on.</summary>
    public void SignFor(DateTimeOffset now)
    {
        Move(IssueTransitions.Accept, IssueStatus.SignedFor, now);
        SignedForAt = now;
    }

    /// <summary>退单: the department says it is not theirs; the office must arbitrate, and the clock keeps running.</summary>
    public void Return(string reason, DateTimeOffset now)
    {
        Move(IssueTransitions.Return, IssueStatus.Returned, now);
        ReturnReason = reason;
    }

    public void PostProgress(DateTimeOffset now) => Move(IssueTransitions.Progress, IssueStatus.InProgress, now);

    /// <summary>A co-handler reports its part; the lead unit's status does not change.</summary>
    public void PostCoHandlerProgress(DateTimeOffset now)
    {
        if (!OnTheClock && Status != IssueStatus.WaitingForMaterial)
        {
            throw new IllegalTransitionException($"问题当前状态为“{IssueTransitions.Label(Status)}”，协办单位不能报告进展。");
        }
        UpdatedAt = now;
    }

    /// <summary>The department asks for material (补充材料); the clock stops until it arrives (T4).</summary>
    public void RequestMaterial(string request, DateTimeOffset now)
    {
        Move(IssueTransitions.RequestMaterial, IssueStatus.WaitingForMaterial, now);
        MaterialRequest = request;
        ClockStoppedAt = now;
    }

    /// <summary>
    /// The material arrived: the clock runs again, and the deadline moves by the working days it
    /// stood still — each working day from the day it stopped up to (not including) today.
    /// </summary>
    public void SupplyMaterial(DateTimeOffset now, WorkingCalendar calendar)
    {
        Move(IssueTransitions.SupplyMaterial, IssueStatus.InProgress, now);
        var stoppedDays = calendar.WorkingDaysBetween(DistrictClock.Today(ClockStoppedAt!.Value), DistrictClock.Today(now));
        if (stoppedDays > 0 && Deadline is { } deadline)
        {
            var moved = calendar.AddWorkingDays(DistrictClock.Today(deadline), stoppedDays);
            Deadline = DistrictClock.StartOf(moved.AddDays(1)).AddSeconds(-1).ToUniversalTime();
        }
        ClockStoppedAt = null;
        MaterialRequest = null;
        ReminderSentAt = null;
    }

    /// <summary>延期: asked by the department before the deadline, for a later one.</summary>
    public void RequestExtension(DateTimeOffset until, string reason, DateTimeOffset now)
    {
        Move(IssueTransitions.Extension, Status, now);
        if (Deadline is not { } deadline || now >= deadline)
        {
            throw new IllegalTransitionException("延期须在办理时限届满前申请。");
        }
        if (Extension == ExtensionState.Requested)
        {
            throw new IllegalTransitionException("已有待审批的延期申请。");
        }
        if (until <= deadline)
        {
            throw new IllegalTransitionException("申请延期的时限须晚于当前办理时限。");
        }
        Extension = ExtensionState.Requested;
        ExtensionRequestedUntil = until.ToUniversalTime();
        ExtensionReason = reason;
    }

    /// <summary>The office grants (possibly a shorter extension than asked) or refuses; a grant moves the deadline.</summary>
    public void DecideExtension(bool grant, DateTimeOffset? grantedUntil, DateTimeOffset now)
    {
        if (Extension != ExtensionState.Requested)
        {
            throw new IllegalTransitionException("没有待审批的延期申请。");
        }
        Move(IssueTransitions.ExtensionDecision, Status, now);
        if (!grant)
        {
            Extension = ExtensionState.Refused;
            return;
        }
        var until = grantedUntil ?? ExtensionRequestedUntil!.Value;
        if (until <= Deadline)
        {
            throw new IllegalTransitionException("批准的时限须晚于当前办理时限。");
        }
        Extension = ExtensionState.Granted;
        Deadline = until.ToUniversalTime();
        ReminderSentAt = null;
    }

    /// <summary>审核: the office checks the rectification; if it falls short the department redoes it, on the same clock.</summary>
    public void Review(bool approved, DateTimeOffset now) =>
        Move(IssueTransitions.Review, approved ? IssueStatus.Reviewed : IssueStatus.InProgress, now);

    /// <summary>A duplicate is merged into <paramref name="target"/>, whose outcome its reporters get.</summary>
    public void MergeInto(Issue target, DateTimeOffset now)
    {
        if (target.Id == Id || target.State == IssueState.Closed)
        {
            throw new IllegalTransitionException("只能并入另一件未办结的问题。");
        }
        Move(IssueTransitions.Merge, IssueStatus.Merged, now);
        MergedIntoId = target.Id;
        ClosedAt = now;
        foreach (var reporter in AllReporters().Where(r => !target.AllReporters().Contains(r)).ToList())
        {
            target.MergedReporterSupervisorIds.Add(reporter);
        }
        target.UpdatedAt = now;
    }

    /// <summary>Everyone who reported this issue or a duplicate merged into it.</summary>
    public IReadOnlyList<Guid> AllReporters() =>
        [.. (ReporterSupervisorId is { } reporter ? [reporter] : Array.Empty<Guid>()).Concat(MergedReporterSupervisorIds).Distinct()];

    /// <summary>整改: the department reports what it fixed, with evidence.</summary>
    public void Rectify(string summary, IReadOnlyList<string> evidence, DateTimeOffset now)
    {
        Move(IssueTransitions.Rectify, IssueStatus.Rectified, now);
        RectificationSummary = summary;
        RectificationEvidence = [.. evidence];
    }

    /// <summary>反馈: the office reports the result back to the reporter.</summary>
    public void GiveFeedback(string message, DateTimeOffset now)
    {
        Move(IssueTransitions.Feedback, IssueStatus.FeedbackGiven, now);
        Feedback = message;
    }

    /// <summary>回访: the reporter confirms the fix and rates it; the issue is closed.</summary>
    public void ConfirmFix(int rating, DateTimeOffset now)
    {
        Move(IssueTransitions.Acceptance, IssueStatus.Closed, now);
        Rating = rating;
        ClosedAt = now;
    }

    /// <summary>The reporter objects: the issue reopens for redo (重办) or a higher level.</summary>
    public void Object(string reason, DateTimeOffset now)
    {
        Move(IssueTransitions.Objection, IssueStatus.Reopened, now);
        ObjectionReason = reason;
    }

    public void RecordComplainant(string? contact) => ComplainantContact = contact;

    /// <summary>
    /// Statuses in which the department's clock runs, a disputed return included. It stops only
    /// while material is awaited; a granted extension moves the deadline.
    /// </summary>
    public bool OnTheClock => Status is IssueStatus.Dispatched or IssueStatus.SignedFor or IssueStatus.InProgress or IssueStatus.Returned;

    /// <summary>催办: once per deadline, a set time before it.</summary>
    public bool NeedsReminder(DateTimeOffset now, TimeSpan before) =>
        OnTheClock && Deadline is { } deadline && ReminderSentAt is null && now >= deadline - before && now <= deadline;

    public void MarkReminded(DateTimeOffset now) => ReminderSentAt = now;

    /// <summary>Not signed for within the limit: flagged once, for a reminder to sign (催签).</summary>
    public bool FlagSignForOverdue(DateTimeOffset now)
    {
        if (Status != IssueStatus.Dispatched || SignForDeadline is not { } limit || now <= limit || SignForOverdueAt is not null)
        {
            return false;
        }
        SignForOverdueAt = now;
        UpdatedAt = now;
        return true;
    }

    /// <summary>
    /// Past the deadline and not rectified: the issue escalates to supervision (督办) by itself, with
    /// supervision's own deadline; once per deadline.
    /// </summary>
    public bool EscalateIfOverdue(DateTimeOffset now, DateTimeOffset supervisionDeadline)
    {
        if (!OnTheClock || Deadline is not { } deadline || now <= deadline || OverdueAt is not null)
        {
            return false;
        }
        OverdueAt = now;
        if (DispatchKind == Issues.DispatchKind.Supervise && SupervisionLevel is { } level && level < Issues.SupervisionLevel.PublicNotice)
        {
            // Overdue under supervision already: it rises a level (office → leadership → public notice).
            SupervisionLevel = level + 1;
        }
        SupervisionLevel ??= Issues.SupervisionLevel.Office;
        DispatchKind = Issues.DispatchKind.Supervise;
        Deadline = supervisionDeadline.ToUniversalTime();
        ReminderSentAt = null;
        UpdatedAt = now;
        return true;
    }

    /// <summary>
    /// 曝光 (T7): a confirmed case goes on the public list under a title and summary the office
    /// writes without names. Only closed issues, and only once.
    /// </summary>
    public void Expose(string title, string summary, DateTimeOffset now)
    {
        if (Status != IssueStatus.Closed)
        {
            throw new IllegalTransitionException("只有已办结确认的问题才能作为典型案例曝光。");
        }
        if (ExposedAt is not null)
        {
            throw new IllegalTransitionException("该问题已曝光。");
        }
        ExposedAt = now;
        CaseTitle = title;
        CaseSummary = summary;
        UpdatedAt = now;
    }

    private void Move(string action, IssueStatus next, DateTimeOffset now)
    {
        if (!IssueTransitions.Allows(Status, action))
        {
            throw new IllegalTransitionException($"问题当前状态为“{IssueTransitions.Label(Status)}”，不能执行“{IssueTransitions.ActionLabel(action)}”。");
        }
        Status = next;
        UpdatedAt = now;
    }

    public static Issue Report(
        Guid id, string trackingNumber, string title, string description, IssueCategory category, IssueChannel channel,
        IssueSource source, string? place, string? involvedUnit, bool major, Guid? reporterSupervisorId, DateTimeOffset now) => new()
    {
        Id = id,
        TrackingNumber = trackingNumber,
        Title = title,
        Description = description,
        Category = category,
        Channel = channel,
        Source = source,
        Place = place,
        InvolvedUnit = involvedUnit,
        Major = major,
        ReporterSupervisorId = reporterSupervisorId,
        Status = IssueStatus.Registered,
        ReportedAt = now,
        UpdatedAt = now,
    };
}

internal sealed class IssueConfiguration : IEntityTypeConfiguration<Issue>
{
    public void Configure(EntityTypeBuilder<Issue> builder)
    {
        builder.ToTable("issues");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.TrackingNumber).HasMaxLength(32);
        builder.HasIndex(i => i.TrackingNumber).IsUnique();
        builder.Property(i => i.Title).HasMaxLength(IssueLimits.TitleLength);
        builder.Property(i => i.Description).HasMaxLength(IssueLimits.DescriptionLength);
        builder.Property(i => i.Place).HasMaxLength(IssueLimits.PlaceLength);
        builder.Property(i => i.InvolvedUnit).HasMaxLength(IssueLimits.PlaceLength);
        builder.Property(i => i.Category).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(i => i.State);
        builder.HasIndex(i => i.ReporterSupervisorId);
        builder.Property(i => i.DepartmentCode).HasMaxLength(40);
        builder.HasIndex(i => i.DepartmentCode);
        builder.Property(i => i.DispatchKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Instructions).HasMaxLength(2000);
        builder.Property(i => i.ReturnReason).HasMaxLength(500);
        builder.Property(i => i.RectificationSummary).HasMaxLength(5000);
        builder.Property(i => i.Feedback).HasMaxLength(5000);
        builder.Property(i => i.ObjectionReason).HasMaxLength(2000);
        builder.Property(i => i.CoHandlerCodes).HasColumnType("text[]");
        builder.Property(i => i.SupervisionLevel).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Extension).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.ExtensionReason).HasMaxLength(2000);
        builder.Property(i => i.MaterialRequest).HasMaxLength(2000);
        builder.HasIndex(i => i.MergedIntoId);
        builder.HasIndex(i => i.SignForDeadline);
        builder.Ignore(i => i.OnTheClock);
        builder.HasIndex(i => i.Deadline);
        builder.Property(i => i.ComplainantContact).HasMaxLength(200);
        builder.Property(i => i.CaseTitle).HasMaxLength(200);
        builder.Property(i => i.CaseSummary).HasMaxLength(5000);
        builder.HasIndex(i => i.ExposedAt).HasFilter("exposed_at IS NOT NULL");
        builder.HasIndex(i => new { i.ReportedAt, i.Id });
    }
}
