using System.Security.Claims;
using Jinning.Persistence;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Security;
using Jinning.Ticketing.Data;
using Jinning.Ticketing.History;
using MassTransit;

namespace Jinning.Ticketing.Issues;

/// <summary>
/// Registers an issue however it came in (T1, T2, T6, T11): tracking number <c>WT-&lt;yyyyMMdd&gt;-&lt;seq&gt;</c>
/// in district dates, history, and its events — all in one transaction. A complaint from outside the
/// scheme gets a one-time query code, returned once and kept only as a hash (T13).
/// </summary>
public sealed class IssueIntake(TicketingDbContext db, IssueStore store, TimeProvider time)
{
    public sealed record Registered(Issue Issue, string? QueryCode);

    public async Task<Registered> RegisterAsync(ReportIssueRequest.Valid valid, ClaimsPrincipal user, string? historyNote,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var localDay = DistrictClock.Today(now).ToString("yyyyMMdd");
        var queryCode = valid.IsComplaint ? OneTimeCode.New() : null;
        var queryCodeHash = queryCode is null ? null : SecretHasher.Hash(queryCode);

        // A consumer's inbox transaction is already open; an endpoint opens its own.
        await using var transaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        var sequence = await db.NextSequenceValueAsync("issue", localDay, cancellationToken);
        var issue = Issue.Report(
            NewId.NextGuid(), $"WT-{localDay}-{sequence:0000}", valid.Title, valid.Description, valid.Category, valid.Channel,
            valid.Source, valid.Place, valid.InvolvedUnit, valid.Major, valid.ReporterSupervisorId, now, valid.Type);
        issue.RecordComplainant(valid.ComplainantContact, queryCodeHash);
        db.Issues.Add(issue);
        db.Record(issue, user, IssueAction.Report, null, historyNote, now);
        await store.SaveAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        return new Registered(issue, queryCode);
    }
}
