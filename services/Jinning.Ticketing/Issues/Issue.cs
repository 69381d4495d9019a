using Jinning.ServiceDefaults;

namespace Jinning.Ticketing.Issues;

/// <summary>
/// An issue from intake to its outcome (T1–T13). The root holds what it is, where it stands and how
/// it ended; the owned parts hold the rest: <see cref="Assignment"/> (who has it, by when),
/// <see cref="Extension"/>, <see cref="Material"/>, <see cref="Rectification"/>, <see cref="Feedback"/>
/// and <see cref="Case"/>. Every method checks the transition table, changes state, and records the
/// events it caused; <see cref="IssueStore"/> publishes them when it saves.
/// </summary>
public sealed partial class Issue : Entity
{
    public Guid Id { get; private init; }
    public string TrackingNumber { get; private init; } = "";
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";
    public IssueCategory Category { get; private set; }
    public IssueType Type { get; private set; }
    public IssueChannel Channel { get; private init; }
    public IssueSource Source { get; private init; }
    public string? Place { get; private set; }
    public string? InvolvedUnit { get; private set; }
    public bool Major { get; private set; }
    public Guid? ReporterSupervisorId { get; private init; }
    public IssueStatus Status { get; private set; }
    public DateTimeOffset ReportedAt { get; private init; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public IssueOutcome? Outcome { get; private set; }
    public Confirmation? Confirmation { get; private set; }
    public string? CloseReason { get; private set; }
    /// <summary>Name and phone a complainant left: the office only.</summary>
    public string? ComplainantContact { get; private set; }
    /// <summary>Hash of the one-time query code a complainant follows the complaint with (T13).</summary>
    public string? QueryCodeHash { get; private set; }
    public DisciplineStage? DisciplineStage { get; private set; }
    public Guid? MergedIntoId { get; private set; }
    /// <summary>Reporters of duplicates merged into this issue: they all get its outcome (T3).</summary>
    public List<Guid> MergedReporterSupervisorIds { get; private set; } = [];
    /// <summary>How many contract events this issue has handed to the outbox: each carries the next number as its version.</summary>
    public long EventVersion { get; private set; }

    public IssueAssignment Assignment { get; private init; } = new();
    public IssueExtension Extension { get; private init; } = new();
    public IssueMaterial Material { get; private init; } = new();
    public IssueRectification Rectification { get; private init; } = new();
    public IssueFeedback Feedback { get; private init; } = new();
    public IssueCase Case { get; private init; } = new();

    public IssueState State => Status is IssueStatus.Closed or IssueStatus.Merged ? IssueState.Closed : IssueState.Open;

    /// <summary>
    /// Statuses in which the department's clock runs, a disputed return included. It stops only
    /// while material is awaited; a granted extension moves the deadline.
    /// </summary>
    public bool OnTheClock => Status is IssueStatus.Dispatched or IssueStatus.SignedFor or IssueStatus.InProgress or IssueStatus.Returned;

    private Issue()
    {
    }

    /// <summary>The version the next contract event about this issue carries.</summary>
    internal long NextEventVersion() => ++EventVersion;

    public static Issue Report(
        Guid id, string trackingNumber, string title, string description, IssueCategory category, IssueChannel channel,
        IssueSource source, string? place, string? involvedUnit, bool major, Guid? reporterSupervisorId, DateTimeOffset now,
        IssueType type = IssueType.Problem)
    {
        var issue = new Issue
        {
            Id = id, TrackingNumber = trackingNumber, Title = title, Description = description, Category = category, Type = type,
            Channel = channel, Source = source, Place = place, InvolvedUnit = involvedUnit, Major = major,
            ReporterSupervisorId = reporterSupervisorId, Status = IssueStatus.Registered, ReportedAt = now, UpdatedAt = now,
        };
        issue.AddDomainEvent(new IssueEvents.Registered(now));
        return issue;
    }

    /// <summary>A complainant follows the complaint with a code of which only the hash is kept (T13); the office alone sees the
    /// contact.</summary>
    public void RecordComplainant(string? contact, string? queryCodeHash)
    {
        ComplainantContact = contact;
        QueryCodeHash = queryCodeHash;
    }

    /// <summary>The issue answers a suggestion report the office forwarded to <paramref name="departmentCode"/> (D5).</summary>
    public void OpenedForSuggestion(Guid submissionId, string departmentCode, DateTimeOffset now) =>
        AddDomainEvent(new IssueEvents.SuggestionOpened(now, submissionId, departmentCode));

    public bool IsHandledBy(string departmentCode) => Assignment.IsHandledBy(departmentCode);

    /// <summary>Everyone who reported this issue or a duplicate merged into it.</summary>
    public IReadOnlyList<Guid> AllReporters() =>
        [.. (ReporterSupervisorId is { } reporter ? [reporter] : Array.Empty<Guid>()).Concat(MergedReporterSupervisorIds).Distinct()];

    private void Check(IssueAction action)
    {
        if (!IssueTransitions.Allows(Status, action))
        {
            throw new IllegalTransitionException($"问题当前状态为“{IssueTransitions.Label(Status)}”，不能执行“{IssueTransitions.Label(action)}”。");
        }
    }

    private void Move(IssueAction action, IssueStatus next, DateTimeOffset now)
    {
        Check(action);
        Status = next;
        UpdatedAt = now;
    }

    /// <summary>Records an event; one a department would hear of is refused for a retaliation report, before anything changed.</summary>
    private void Raise(IIssueEvent domainEvent)
    {
        if (domainEvent is IReachesDepartments && !RetaliationRule.MayReachDepartments(Category))
        {
            throw new RetaliationNotDispatchableException();
        }
        AddDomainEvent(domainEvent);
    }
}
