using Jinning.ServiceDefaults;
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
    Returned,
    Rectified,
    Reviewed,
    FeedbackGiven,
    Reopened,
    Closed,
    Merged,
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

    public IssueState State => Status is IssueStatus.Closed or IssueStatus.Merged ? IssueState.Closed : IssueState.Open;

    private Issue()
    {
    }

    /// <summary>The office studies the issue before dispatching it (研究).</summary>
    public void StartResearch(DateTimeOffset now) => Move(IssueTransitions.Research, IssueStatus.Researching, now);

    /// <summary>Transfer, assign or supervise: the department is now responsible, on the clock (T3).</summary>
    public void Dispatch(DispatchKind kind, string departmentCode, DateTimeOffset deadline, string? instructions, DateTimeOffset now)
    {
        Move(IssueTransitions.Dispatch, IssueStatus.Dispatched, now);
        DispatchKind = kind;
        DepartmentCode = departmentCode;
        Deadline = deadline.ToUniversalTime();
        Instructions = instructions;
        DispatchedAt = now;
        ReminderSentAt = null;
        OverdueAt = null;
    }

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

    /// <summary>Statuses in which the department's clock runs (a disputed return included).</summary>
    public bool OnTheClock => Status is IssueStatus.Dispatched or IssueStatus.SignedFor or IssueStatus.InProgress or IssueStatus.Returned;

    /// <summary>催办: once per deadline, a set time before it.</summary>
    public bool NeedsReminder(DateTimeOffset now, TimeSpan before) =>
        OnTheClock && Deadline is { } deadline && ReminderSentAt is null && now >= deadline - before && now <= deadline;

    public void MarkReminded(DateTimeOffset now) => ReminderSentAt = now;

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

    /// <summary>The office rules on a return: re-dispatch (to the same or another unit) uses <see cref="Dispatch"/>.</summary>
    public bool IsReturned => Status == IssueStatus.Returned;

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
        builder.Ignore(i => i.IsReturned);
        builder.Ignore(i => i.OnTheClock);
        builder.HasIndex(i => i.Deadline);
        builder.Property(i => i.ComplainantContact).HasMaxLength(200);
        builder.Property(i => i.CaseTitle).HasMaxLength(200);
        builder.Property(i => i.CaseSummary).HasMaxLength(5000);
        builder.HasIndex(i => i.ExposedAt).HasFilter("exposed_at IS NOT NULL");
        builder.HasIndex(i => new { i.ReportedAt, i.Id });
    }
}
