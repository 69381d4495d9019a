using Jinning.Contracts.V1;
using Jinning.Messaging.Ordering;
using Jinning.Messaging.Outbox;
using Jinning.ServiceDefaults;
using Jinning.Reference;
using Jinning.Ticketing.Clock;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.PublicNotices;
using Jinning.Ticketing.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.Issues;

/// <summary>
/// The one place that saves issues (eShop's <c>SaveEntitiesAsync</c>): the events each issue raised
/// become contract messages in the outbox, in the same transaction as the change. Endpoints, the
/// clock and consumers never build contracts; <see cref="TicketingDbContext"/> refuses to save an
/// issue whose events were not taken.
/// </summary>
public sealed class IssueStore(TicketingDbContext db, IOutbox outbox, ILogger<IssueStore> logger)
{
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        var raised = db.ChangeTracker.Entries<Issue>().Select(e => e.Entity).Where(i => i.DomainEvents.Count > 0).ToList();
        var changes = new List<(Issue Issue, IIssueEvent Event)>();
        foreach (var issue in raised)
        {
            foreach (var domainEvent in issue.DomainEvents)
            {
                await PublishAsync(issue, domainEvent, cancellationToken);
                changes.Add((issue, domainEvent));
            }
            issue.ClearDomainEvents();
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (issue, domainEvent) in changes)
        {
            IssueChangeLog.Changed(logger, issue, domainEvent);
        }
    }

    private async Task PublishAsync(Issue issue, IIssueEvent domainEvent, CancellationToken cancellationToken)
    {
        switch (domainEvent)
        {
            case IssueEvents.Registered e:
                Publish(issue, new IssueReported
                {
                    IssueId = issue.Id, TrackingNumber = issue.TrackingNumber, Title = issue.Title, Category = Kebab(issue.Category),
                    Channel = KebabEnum.Format(issue.Channel), Source = KebabEnum.Format(issue.Source), Major = issue.Major,
                    ReporterSupervisorId = issue.ReporterSupervisorId, Type = KebabEnum.Format(issue.Type), OccurredAt = e.At,
                });
                PublishIfRetaliation(issue, e.At);
                break;
            case IssueEvents.Dispatched e:
                AnnounceTransfer(issue, e);
                break;
            case IssueEvents.SignedFor e:
                Publish(issue, new IssueSignedFor
                {
                    IssueId = issue.Id, TrackingNumber = issue.TrackingNumber, DepartmentCode = issue.Assignment.DepartmentCode!,
                    SignForDeadline = issue.Assignment.SignForDeadline, DispatchedAt = issue.Assignment.DispatchedAt, OccurredAt = e.At,
                });
                break;
            case IssueEvents.Returned e:
                Publish(issue, new IssueReturned
                {
                    IssueId = issue.Id, TrackingNumber = issue.TrackingNumber, DepartmentCode = issue.Assignment.DepartmentCode!,
                    Reason = e.Reason,
                    Note = e.Note, OccurredAt = e.At,
                });
                break;
            case IssueEvents.Rectified e:
                Publish(issue, new IssueRectified
                {
                    IssueId = issue.Id, TrackingNumber = issue.TrackingNumber, DepartmentCode = issue.Assignment.DepartmentCode!,
                    OccurredAt = e.At,
                    DispatchedAt = issue.Assignment.DispatchedAt, Deadline = issue.Assignment.Deadline,
                });
                break;
            case IssueEvents.FeedbackGiven e:
                Publish(issue, new FeedbackGiven
                {
                    IssueId = issue.Id, TrackingNumber = issue.TrackingNumber, ReporterSupervisorIds = issue.AllReporters(),
                    ConfirmationDueAt = issue.Feedback.ConfirmationDueAt, OccurredAt = e.At,
                });
                break;
            case IssueEvents.Closed e:
                Publish(issue, new IssueClosed
                {
                    IssueId = issue.Id, TrackingNumber = issue.TrackingNumber, Rating = issue.Feedback.Rating, OccurredAt = e.At,
                    ReporterSupervisorIds = issue.AllReporters(), DepartmentCode = issue.Assignment.DepartmentCode,
                    Outcome = issue.Outcome is { } outcome ? KebabEnum.Format(outcome) : null,
                    Confirmation = issue.Confirmation is { } confirmation ? KebabEnum.Format(confirmation) : null,
                    Category = Kebab(issue.Category),
                }, ClockMessageIds.ConfirmationTimedOut(issue));
                break;
            case IssueEvents.Reopened e:
                Publish(issue, new IssueReopened
                {
                    IssueId = issue.Id, TrackingNumber = issue.TrackingNumber, Reason = e.Reason,
                    OccurredAt = e.At
                });
                break;
            case IssueEvents.Merged e:
                Publish(issue, new IssueMerged
                {
                    IssueId = issue.Id, TrackingNumber = issue.TrackingNumber, IntoIssueId = e.IntoIssueId,
                    IntoTrackingNumber = e.IntoTrackingNumber,
                    ReporterSupervisorId = issue.ReporterSupervisorId, OccurredAt = e.At,
                });
                break;
            case IssueEvents.ReminderDue e:
                Publish(issue, new IssueReminderDue
                {
                    IssueId = issue.Id, TrackingNumber = issue.TrackingNumber, DepartmentCode = issue.Assignment.DepartmentCode!,
                    Deadline = e.Deadline,
                    Reason = e.Reason, OccurredAt = e.At,
                }, ClockMessageIds.Reminder(issue, e));
                break;
            case IssueEvents.Escalated e:
                Publish(issue, new IssueOverdue
                {
                    IssueId = issue.Id, TrackingNumber = issue.TrackingNumber, DepartmentCode = issue.Assignment.DepartmentCode!,
                    Deadline = e.MissedDeadline,
                    SupervisionLevel = KebabEnum.Format(e.Level), Escalations = e.Escalations, Category = Kebab(issue.Category),
                    OccurredAt = e.At,
                }, ClockMessageIds.Overdue(issue, e));
                break;
            case IssueEvents.PublicNoticeDue e:
                await PublishNoticeAsync(issue, e, cancellationToken);
                break;
            case IssueEvents.ExtensionRequested e:
                Publish(issue, new IssueExtensionRequested
                {
                    IssueId = issue.Id, TrackingNumber = issue.TrackingNumber, DepartmentCode = issue.Assignment.DepartmentCode!,
                    Deadline = e.Deadline,
                    RequestedUntil = issue.Extension.RequestedUntil!.Value, Reason = issue.Extension.Reason!, OccurredAt = e.At,
                });
                break;
            case IssueEvents.ExtensionDecided e:
                Publish(issue, new IssueExtensionDecided
                {
                    IssueId = issue.Id, TrackingNumber = issue.TrackingNumber, DepartmentCode = issue.Assignment.DepartmentCode!,
                    Granted = e.Granted,
                    Deadline = issue.Assignment.Deadline!.Value, Note = e.Note, OccurredAt = e.At,
                });
                break;
            case IssueEvents.Exposed e:
                Publish(issue, new CaseExposed
                {
                    IssueId = issue.Id, Title = issue.Case.Title!, Summary = issue.Case.Summary!, Category = Kebab(issue.Category),
                    DepartmentCode = issue.Assignment.DepartmentCode, OccurredAt = e.At,
                });
                break;
            case IssueEvents.Reclassified e:
                Publish(issue, new IssueReclassified
                {
                    IssueId = issue.Id, TrackingNumber = issue.TrackingNumber, Category = Kebab(issue.Category),
                    Type = KebabEnum.Format(issue.Type),
                    Major = issue.Major, PreviousCategory = Kebab(e.PreviousCategory), PreviousType = KebabEnum.Format(e.PreviousType),
                    PreviousMajor = e.PreviousMajor, Withdrawn = e.WithdrawnFrom is not null, OccurredAt = e.At,
                });
                if (e.PreviousCategory != IssueCategory.Retaliation)
                {
                    PublishIfRetaliation(issue, e.At);
                }
                break;
            case IssueEvents.DisciplineStageChanged e:
                Publish(issue, new DisciplineStageRecorded
                {
                    IssueId = issue.Id, TrackingNumber = issue.TrackingNumber, Stage = KebabEnum.Format(e.Stage),
                    ReporterSupervisorIds = issue.AllReporters(), OccurredAt = e.At,
                });
                break;
            case IssueEvents.SuggestionOpened e:
                Publish(issue, new SuggestionIssueOpened
                {
                    SubmissionId = e.SubmissionId, DepartmentCode = e.DepartmentCode, IssueId = issue.Id,
                    TrackingNumber = issue.TrackingNumber,
                    OccurredAt = e.At,
                });
                break;
            default:
                throw new InvalidOperationException($"No contract for {domainEvent.GetType().Name}.");
        }
    }

    /// <summary>Every contract event about the issue carries the issue's next event version (issue 16: ordered application).</summary>
    /// <param name="messageId">For what the clock causes: derived from what fell due, so two clocks publish it once.</param>
    private void Publish<T>(Issue issue, T message, Guid? messageId = null) where T : class =>
        outbox.Publish(EventVersionStamp.Stamp(message, issue.NextEventVersion()), messageId);

    /// <summary>Art. 8.3: obstruction of or retaliation against a supervisor goes to the discipline commission.</summary>
    private void PublishIfRetaliation(Issue issue, DateTimeOffset at)
    {
        if (issue.Category == IssueCategory.Retaliation)
        {
            Publish(issue, new RetaliationReported { IssueId = issue.Id, TrackingNumber = issue.TrackingNumber, OccurredAt = at });
        }
    }

    /// <summary>
    /// <c>IssueTransferred</c> to the lead unit and to each co-handler, each under its own routing key,
    /// so every department system gets exactly its own share (T9). Nothing names the reporter.
    /// </summary>
    private void AnnounceTransfer(Issue issue, IssueEvents.Dispatched dispatched)
    {
        var assignment = issue.Assignment;
        foreach (var (department, role) in assignment.CoHandlerCodes.Select(c => (c, "co-handler")).Prepend((assignment.DepartmentCode!,
            "lead")))
        {
            Publish(issue, new IssueTransferred
            {
                IssueId = issue.Id,
                TrackingNumber = issue.TrackingNumber,
                Kind = KebabEnum.Format(assignment.DispatchKind!.Value),
                DepartmentCode = department,
                Role = role,
                LeadDepartmentCode = assignment.DepartmentCode,
                CoHandlerCodes = assignment.CoHandlerCodes,
                SupervisionLevel = assignment.SupervisionLevel is { } level ? KebabEnum.Format(level) : null,
                Category = Kebab(issue.Category),
                Type = KebabEnum.Format(issue.Type),
                Major = issue.Major,
                Title = issue.Title,
                Description = issue.Description,
                Place = issue.Place,
                Deadline = assignment.Deadline!.Value,
                SignForDeadline = assignment.SignForDeadline,
                Instructions = dispatched.Instructions ?? assignment.Instructions,
                OccurredAt = dispatched.At,
            }, ClockMessageIds.SupervisionTransfer(issue, dispatched, department));
        }
    }

    private async Task PublishNoticeAsync(Issue issue, IssueEvents.PublicNoticeDue due, CancellationToken cancellationToken)
    {
        var departmentCode = issue.Assignment.DepartmentCode!;
        var department = await db.Departments.AsNoTracking().Where(d => d.Code == departmentCode).Select(d => d.Name)
            .FirstOrDefaultAsync(cancellationToken);
        var category = Kebab(issue.Category);
        var noticeId = ClockMessageIds.PublicNotice(issue, due);
        var notice = new PublicNotice
        {
            Id = noticeId,
            IssueId = issue.Id,
            TrackingNumber = issue.TrackingNumber,
            DepartmentCode = departmentCode,
            DepartmentName = department ?? departmentCode,
            Category = category,
            FirstMissedDeadline = due.FirstMissedDeadline,
            LateWorkingDays = due.LateWorkingDays,
            LateDays = due.LateDays,
            Text = NoticeText(department ?? departmentCode, category, issue.TrackingNumber, due),
            PublishedAt = due.At,
        };
        db.PublicNotices.Add(notice);
        Publish(issue, new PublicNoticePublished
        {
            NoticeId = notice.Id, IssueId = issue.Id, TrackingNumber = issue.TrackingNumber, DepartmentCode = departmentCode,
            Category = category,
            FirstMissedDeadline = due.FirstMissedDeadline, LateWorkingDays = due.LateWorkingDays, LateDays = due.LateDays,
            Text = notice.Text,
            OccurredAt = due.At,
        }, noticeId);
    }

    private static string NoticeText(string department, string category, string trackingNumber, IssueEvents.PublicNoticeDue due)
    {
        var categoryName = DistrictReference.IssueCategories.GetValueOrDefault(category, "其他");
        var deadline = DistrictClock.Today(due.FirstMissedDeadline).ToString("yyyy年M月d日");
        return $"{department}办理的一件{categoryName}类问题（编号 {trackingNumber}），办理时限为 {deadline}，经办公室督办、领导督办后仍未办结，"
            + $"已超过办理时限 {due.LateWorkingDays} 个工作日（{due.LateDays} 天），现予通报。";
    }

    private static string Kebab(IssueCategory category) => KebabEnum.Format(category);
}
