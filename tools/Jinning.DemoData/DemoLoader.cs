using Jinning.DemoData.Duties;
using Jinning.DemoData.Gateway;
using Jinning.DemoData.Issues;
using Jinning.DemoData.Roster;
using Jinning.DemoData.Timeline;

namespace Jinning.DemoData;

/// <summary>
/// Fills an empty platform through the gateway, in the order things happen: the units nominate, the
/// office vets, the past eighteen months of appointment meetings, trainings and meetings, the new
/// supervisors activate their sign-ins, then today's issues, hand-ins, tasks and awards. Notices to
/// inboxes, the personal files and the statistics follow by themselves from the services' events.
/// </summary>
public sealed class DemoLoader
{
    private readonly DemoOptions _options;
    private readonly TimeProvider _time;
    private readonly ProgressLog _log;
    private readonly PlatformHealth _health;
    private readonly GatewayClient _gateway;
    private readonly SignIns _signIns;
    private readonly Cast _cast;

    public DemoLoader(HttpClient gateway, DemoOptions options, TextWriter output, TimeProvider time)
    {
        _options = options;
        _time = time;
        _log = new ProgressLog(output, options.Verbose);
        _health = new PlatformHealth(gateway, _log);
        _gateway = new GatewayClient(gateway, _log);
        _signIns = new SignIns(gateway, _log);
        _cast = new Cast(_signIns);
    }

    public async Task<DemoResult> RunAsync(CancellationToken cancellationToken)
    {
        await _health.WaitAsync(_options.HealthWait, cancellationToken);
        var before = await ExistingData.ReadAsync(_gateway, await _signIns.OfficeAsync(cancellationToken), cancellationToken);
        if (!before.IsEmpty)
        {
            _log.Stage("平台中已有数据，不再载入演示数据。");
            return DemoResult.NothingDone(before);
        }

        var timeline = new DemoTimeline(District.Today(_time));
        var roster = new RosterLoader(_gateway, _signIns, _cast, _log);
        var duties = new DutiesLoader(_gateway, _signIns, _cast);

        _log.Stage($"七个推荐单位推荐人选 {Candidates.All.Count} 名，区营商环境办资格审核、审定……");
        await roster.NominateAsync(Candidates.All, cancellationToken);

        var meetings = 0;
        var trainings = 0;
        foreach (var happening in timeline.Happenings)
        {
            switch (happening)
            {
                case AppointmentMeeting appointment:
                    _log.Stage($"{appointment.On:yyyy-MM-dd} 第 {appointment.Number} 批聘任，颁发聘书……");
                    await roster.AppointAsync(Candidates.All, appointment.Number, appointment.On, cancellationToken);
                    break;
                case TrainingHeld training:
                    await duties.TrainAsync(training, cancellationToken);
                    trainings++;
                    break;
                case MeetingCalled meeting:
                    await duties.MeetAsync(meeting, cancellationToken);
                    meetings++;
                    break;
            }
        }

        _log.Stage("监督员凭激活码设置密码、承诺遵守组织纪律……");
        await roster.ActivateAsync(Candidates.All, cancellationToken);

        _log.Stage($"报告、转办、办理和回访问题 {IssueStories.All.Count} 件……");
        var runner = new StoryRunner(_gateway, _signIns, _cast, _options, _time);
        await Parallel.ForEachAsync(StoryLanes.Split(IssueStories.All, Lanes.Count), Lanes.Options(cancellationToken),
            async (lane, cancellation) =>
            {
                foreach (var story in lane)
                {
                    await runner.TellAsync(story, cancellation);
                }
            });

        _log.Stage("报送半年度台账与建议书，委托监督任务，评优……");
        var today = timeline.Today;
        var handIns = await duties.HandInAsync(today, cancellationToken);
        await duties.CommissionAsync(today, cancellationToken);
        await duties.AwardAsync(today.Year - 1, cancellationToken);

        return new DemoResult(before, _cast.Appointed, Candidates.All, runner.Told, handIns, meetings, trainings,
            Commissions.Tasks.Count, Commissions.AwardsFor(today.Year - 1).Count);
    }
}
