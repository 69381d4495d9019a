using System.Security.Claims;
using Jinning.Roster.Applications;
using Jinning.Roster.Awards;
using Jinning.Roster.Declarations;
using Jinning.Roster.Data;
using Jinning.Roster.Duties;
using Jinning.Roster.Supervisors;
using Jinning.Roster.Tasks;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Roster.PersonalFile;

/// <summary>一人一档 (R6, Art. 8.1): everything about one supervisor in one view.</summary>
public static class PersonalFileApi
{
    public sealed record IssueEntry(Guid IssueId, string TrackingNumber, string Title, string Category, bool Major, DateTimeOffset ReportedAt, string Outcome, int? Rating);
    public sealed record SubmissionEntry(Guid Id, string Period, DutyStatus Status, DateTimeOffset SubmittedAt, string SuggestionTitle,
        bool Adopted,
        IReadOnlyList<string> ForwardedTrackingNumbers);
    public sealed record MeetingEntry(Guid Id, string Kind, string Title, DateTimeOffset StartsAt, bool Attended, DateOnly? HeldOn,
        string? Report);
    public sealed record TrainingEntry(Guid Id, string Period, string Title, bool Attended, DateTimeOffset? ReadAt);
    public sealed record TaskEntry(Guid Id, SupervisionTaskKind Kind, string Title, DateOnly? DueOn, string? Result);
    public sealed record AwardEntry(int Year, string Title, string? Note);
    public sealed record File(
        SupervisorsApi.SupervisorResponse Supervisor, string Workplace, IReadOnlyList<IssueEntry> Issues, IReadOnlyList<SubmissionEntry> HalfYearWork,
        IReadOnlyList<MeetingEntry> Meetings, IReadOnlyList<TrainingEntry> Trainings, IReadOnlyList<TaskEntry> Tasks,
        IReadOnlyList<AwardEntry> Awards, IReadOnlyList<SupervisorAction> DisciplineAndAdjustments,
        IReadOnlyList<ApplicationsApi.ApplicationResponse> Applications, IReadOnlyList<DeclarationsApi.DeclarationResponse> Declarations);

    public static IEndpointRouteBuilder MapPersonalFileApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/roster/supervisors").WithTags("Supervisors")
            .MapGet("/{id:guid}/file", GetFile).WithName("GetPersonalFile").WithSummary("个人档案（办公室；本人）(R6)")
            .RequireRoles(Roles.Office, Roles.Supervisor);
        return app;
    }

    public static async Task<Results<Ok<File>, NotFound>> GetFile(Guid id, ClaimsPrincipal user, RosterDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!user.MaySee(id))
        {
            return TypedResults.NotFound();
        }
        var supervisor = await db.Supervisors.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (supervisor is null)
        {
            return TypedResults.NotFound();
        }
        var today = DistrictClock.Today(time.GetUtcNow());
        var workplace = await db.Nominations.Where(n => n.Id == supervisor.NominationId).Select(n => n.Workplace).FirstOrDefaultAsync(cancellationToken) ?? "";

        var issues = await db.ReportedIssues.AsNoTracking().Where(r => r.SupervisorId == id).OrderByDescending(r => r.ReportedAt)
            .Select(r => new IssueEntry(r.IssueId, r.TrackingNumber, r.Title, r.Category, r.Major, r.ReportedAt, r.Outcome, r.Rating))
            .ToListAsync(cancellationToken);
        var forwarded = await db.SuggestionForwardings.AsNoTracking()
            .Where(f => f.TrackingNumber != null && db.HalfYearSubmissions.Any(s => s.Id == f.SubmissionId && s.SupervisorId == id))
            .ToListAsync(cancellationToken);
        var submissions = (await db.HalfYearSubmissions.AsNoTracking().Where(s => s.SupervisorId == id).OrderBy(s => s.Period).ToListAsync(cancellationToken))
            .Select(s => new SubmissionEntry(s.Id, s.Period,
                HalfYear.TryParse(s.Period, out var period) ? HalfYearObligation.StatusOf(period.Value, s.SubmittedOn, today) : DutyStatus.Submitted,
                s.SubmittedAt, s.SuggestionTitle, s.AdoptedAt != null,
                forwarded.Where(f => f.SubmissionId == s.Id).Select(f => f.TrackingNumber!).Order().ToList()))
            .ToList();
        var meetings = (await db.Meetings.AsNoTracking().Where(m => m.InvitedSupervisorIds.Contains(id)).OrderBy(m => m.StartsAt).ToListAsync(cancellationToken))
            .Select(m => new MeetingEntry(m.Id, KebabEnum.Format(m.Kind), m.Title, m.StartsAt, m.AttendedSupervisorIds.Contains(id),
                m.HeldOn,
                m.Reports.FirstOrDefault(r => r.SupervisorId == id)?.Summary))
            .ToList();
        var reads = await db.TrainingReads.AsNoTracking().Where(r => r.SupervisorId == id)
            .ToDictionaryAsync(r => r.TrainingId, r => r.ReadAt, cancellationToken);
        var trainings = (await db.Trainings.AsNoTracking().Where(t => t.RecipientSupervisorIds.Contains(id)).OrderBy(t => t.IssuedAt).ToListAsync(cancellationToken))
            .Select(t => new TrainingEntry(t.Id, t.Period, t.Title, t.AttendedSupervisorIds.Contains(id),
                reads.TryGetValue(t.Id, out var readAt) ? readAt : null))
            .ToList();
        var tasks = (await db.SupervisionTasks.AsNoTracking().Where(t => t.AssignedSupervisorIds.Contains(id)).OrderBy(t => t.AssignedAt).ToListAsync(cancellationToken))
            .Select(t => new TaskEntry(t.Id, t.Kind, t.Title, t.DueOn, t.Results.FirstOrDefault(r => r.SupervisorId == id)?.Result)).ToList();
        var awards = await db.Awards.AsNoTracking().Where(a => a.SupervisorId == id).OrderBy(a => a.Year)
            .Select(a => new AwardEntry(a.Year, a.Title, a.Note)).ToListAsync(cancellationToken);

        var applications = (await db.SupervisorApplications.AsNoTracking().Where(a => a.SupervisorId == id).OrderBy(a => a.FiledAt)
            .ToListAsync(cancellationToken)).Select(ApplicationsApi.ApplicationResponse.From).ToList();
        var declarations = (await db.Declarations.AsNoTracking().Where(d => d.SupervisorId == id).OrderBy(d => d.FiledAt)
            .ToListAsync(cancellationToken)).Select(DeclarationsApi.DeclarationResponse.From).ToList();

        return TypedResults.Ok(new File(SupervisorsApi.SupervisorResponse.From(supervisor), workplace, issues, submissions, meetings,
            trainings, tasks, awards,
            supervisor.Actions, applications, declarations));
    }
}
