using Jinning.DemoData.Gateway;
using Jinning.DemoData.Roster;
using Jinning.DemoData.Timeline;

namespace Jinning.DemoData.Duties;

/// <summary>
/// The supervisors' duties besides reporting (D1–D4, R7): trainings and meetings on their dates with
/// who attended, this half-year's hand-ins and the office adopting some, commissioned tasks with the
/// results reported so far, and last year's awards.
/// </summary>
public sealed class DutiesLoader(GatewayClient gateway, SignIns signIns, Cast cast)
{
    private const string Roster = "/api/roster";

    /// <summary>Issued to every supervisor serving then; the attendance recorded as it was.</summary>
    public async Task TrainAsync(TrainingHeld training, CancellationToken cancellationToken)
    {
        var office = await signIns.OfficeAsync(cancellationToken);
        var issued = await gateway.PostAsync<CreatedAnswer>($"{Roster}/trainings",
            new TrainingRequest(training.Title, training.Material.Trim(), training.On), office, cancellationToken);
        var attended = cast.Appointed.Select(s => s.Name).Except(training.Absent);
        await gateway.PostAsync($"{Roster}/trainings/{issued.Id}/attendance", new AttendanceRequest(cast.IdsOf(attended)), office,
            cancellationToken);
    }

    /// <summary>Invites the supervisors named, or everyone serving; records attendance once the meeting was held.</summary>
    public async Task MeetAsync(MeetingCalled meeting, CancellationToken cancellationToken)
    {
        var office = await signIns.OfficeAsync(cancellationToken);
        var invited = meeting.Invited ?? cast.Appointed.Select(s => s.Name).ToList();
        var request = new MeetingRequest(meeting.Kind, meeting.Title, meeting.StartsAt, meeting.Place, cast.IdsOf(invited));
        var called = await gateway.PostAsync<CreatedAnswer>($"{Roster}/meetings", request, office, cancellationToken);
        if (meeting.Absent is { } absent)
        {
            await gateway.PostAsync($"{Roster}/meetings/{called.Id}/attendance",
                new AttendanceRequest(cast.IdsOf(invited.Except(absent))), office, cancellationToken);
        }
    }

    /// <summary>This half-year's ledgers and suggestion reports, a few adopted, and one of last half-year's, late.</summary>
    public async Task<int> HandInAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var period = District.HalfYear(today);
        var office = await signIns.OfficeAsync(cancellationToken);
        await Parallel.ForEachAsync(HalfYearWork.ThisHalfYear.Index(), Lanes.Options(cancellationToken), async (entry, cancellation) =>
        {
            var (serial, work) = entry;
            var submission = await SubmitAsync(period, work, serial, cancellation);
            if (work.AdoptedBecause is { } because)
            {
                await gateway.PostAsync($"{Roster}/duties/half-years/{period}/submissions/{submission.Id}/adopt", new AdoptRequest(because),
                    office, cancellation);
            }
        });
        var late = HalfYearWork.LastHalfYearLate;
        await SubmitAsync(District.PreviousHalfYear(today), late, HalfYearWork.ThisHalfYear.Count, cancellationToken);
        return HalfYearWork.ThisHalfYear.Count;
    }

    /// <summary>Tasks assigned today, each due some days on, with the results handed in so far.</summary>
    public async Task CommissionAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var office = await signIns.OfficeAsync(cancellationToken);
        foreach (var task in Commissions.Tasks)
        {
            var assigned = await gateway.PostAsync<CreatedAnswer>($"{Roster}/tasks",
                new TaskRequest(task.Kind, task.Title, task.Description, today.AddDays(task.DueInDays), cast.IdsOf(task.Assigned)),
                office, cancellationToken);
            foreach (var (supervisor, result) in task.Results)
            {
                await gateway.PostAsync($"{Roster}/tasks/{assigned.Id}/result", new ResultRequest(result),
                    await cast.SignInAsync(supervisor, cancellationToken), cancellationToken);
            }
        }
    }

    public async Task AwardAsync(int year, CancellationToken cancellationToken)
    {
        var office = await signIns.OfficeAsync(cancellationToken);
        foreach (var award in Commissions.AwardsFor(year))
        {
            await gateway.PostAsync($"{Roster}/awards", new AwardRequest(year, cast[award.Supervisor].Id, award.Title, award.Note),
                office, cancellationToken);
        }
    }

    private async Task<CreatedAnswer> SubmitAsync(
        string period, HalfYearWork.Suggestion work, int serial, CancellationToken cancellationToken) =>
        await gateway.PostAsync<CreatedAnswer>($"{Roster}/duties/half-years/{period}/submissions",
            new SubmissionRequest(HalfYearWork.Ledger(period, work.Supervisor, serial), work.Title, work.Text),
            await cast.SignInAsync(work.Supervisor, cancellationToken), cancellationToken);
}
