using Jinning.Contracts.V1;
using Jinning.Messaging.Outbox;
using Jinning.ServiceDefaults;
using Jinning.Ticketing.Issues;

namespace Jinning.Ticketing.Dispatch;

/// <summary>
/// Publishes <c>IssueTransferred</c> to the lead unit and to each co-handler, each under its own
/// routing key, so every department system gets exactly its own share (T9). Nothing names the reporter.
/// </summary>
public static class TransferAnnouncer
{
    public static void AnnounceTransfer(this IOutbox outbox, Issue issue, DateTimeOffset now, string? instructions = null)
    {
        foreach (var (department, role) in issue.CoHandlerCodes.Select(c => (c, "co-handler")).Prepend((issue.DepartmentCode!, "lead")))
        {
            outbox.Publish(new IssueTransferred
            {
                IssueId = issue.Id,
                TrackingNumber = issue.TrackingNumber,
                Kind = KebabEnum.Format(issue.DispatchKind!.Value),
                DepartmentCode = department,
                Role = role,
                LeadDepartmentCode = issue.DepartmentCode,
                CoHandlerCodes = issue.CoHandlerCodes,
                SupervisionLevel = issue.SupervisionLevel is { } level ? KebabEnum.Format(level) : null,
                Category = KebabEnum.Format(issue.Category),
                Major = issue.Major,
                Title = issue.Title,
                Description = issue.Description,
                Place = issue.Place,
                Deadline = issue.Deadline!.Value,
                SignForDeadline = issue.SignForDeadline,
                Instructions = instructions ?? issue.Instructions,
                OccurredAt = now,
            });
        }
    }
}
