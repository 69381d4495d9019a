using System.Collections.Concurrent;
using System.Net;
using Jinning.DemoData.Gateway;

namespace Jinning.DemoData.Roster;

/// <summary>
/// The roster's pipeline as the regulation runs it: each unit nominates its own candidates (R1), the
/// office vets them against Art. 2 (R2) and approves or rejects them, appoints the approved at an
/// appointment meeting (R3), and each new supervisor activates the sign-in with the code on the certificate.
/// </summary>
public sealed class RosterLoader(GatewayClient gateway, SignIns signIns, Cast cast, ProgressLog log)
{
    private const string Nominations = "/api/roster/nominations";
    private static readonly TimeSpan ActivationWait = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan ActivationRetry = TimeSpan.FromMilliseconds(500);

    private readonly ConcurrentDictionary<Candidate, Guid> _nominated = [];

    /// <summary>
    /// Every candidate, nominated by their own unit's account, then vetted and decided by the office as
    /// far as their fate goes; appointment comes with its meeting.
    /// </summary>
    public Task NominateAsync(IReadOnlyList<Candidate> candidates, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(candidates.Index(), Lanes.Options(cancellationToken), async (entry, cancellation) =>
        {
            var (serial, candidate) = entry;
            var person = candidate.Person;
            var request = new NominateRequest(person.Name, IdNumbers.For(person, serial + 1), PhoneNumber(serial), person.Email,
                person.Workplace, person.Background, person.Sme, person.Statement);
            var nomination = await gateway.PostAsync<NominationAnswer>(Nominations, request,
                await signIns.NominatorAsync(candidate.UnitCode, cancellation), cancellation);
            _nominated[candidate] = nomination.Id;
            await DecideAsync(candidate, $"{Nominations}/{nomination.Id}", cancellation);
        });

    private async Task DecideAsync(Candidate candidate, string path, CancellationToken cancellationToken)
    {
        var office = await signIns.OfficeAsync(cancellationToken);
        switch (candidate.Fate)
        {
            case Fate.Nominated:
                break;
            case Fate.Vetted:
                await VetAsync(path, Eligible, office, cancellationToken);
                break;
            case Fate.Approved or Fate.Appointed:
                await VetAsync(path, Eligible, office, cancellationToken);
                await gateway.PostAsync($"{path}/approve", null, office, cancellationToken);
                break;
            case Fate.Disqualified disqualified:
                await VetAsync(path, new VettingRequest(true, [new DisqualifierInput(disqualified.Kind, disqualified.Evidence)],
                    "存在第二条第（五）项规定的不得聘任情形。"), office, cancellationToken);
                break;
            case Fate.FailsConditions fails:
                await VetAsync(path, new VettingRequest(false, [], fails.Note), office, cancellationToken);
                break;
            case Fate.Rejected rejected:
                await VetAsync(path, Eligible, office, cancellationToken);
                await gateway.PostAsync($"{path}/reject", new RejectRequest(rejected.Reason), office, cancellationToken);
                break;
        }
    }

    /// <summary>The approved candidates of one appointment meeting get certificates dated that day.</summary>
    public async Task AppointAsync(IReadOnlyList<Candidate> candidates, int meeting, DateOnly on, CancellationToken cancellationToken)
    {
        var office = await signIns.OfficeAsync(cancellationToken);
        foreach (var candidate in candidates.Where(c => c.Fate is Fate.Appointed appointed && appointed.Meeting == meeting))
        {
            var appointment = await gateway.PostAsync<AppointmentAnswer>($"{Nominations}/{_nominated[candidate]}/appoint",
                new AppointRequest(on), office, cancellationToken);
            cast.Add(new AppointedSupervisor(appointment.SupervisorId, candidate.Person.Name, candidate.UnitCode,
                appointment.CertificateNumber, on, appointment.ActivationCode));
        }
    }

    /// <summary>
    /// Each supervisor sets a password with the activation code and accepts the Art. 7 pledge. The
    /// sign-in exists once identity has heard of the appointment, so an early attempt is refused and tried again.
    /// </summary>
    public Task ActivateAsync(IReadOnlyList<Candidate> candidates, CancellationToken cancellationToken)
    {
        var activating = candidates.Where(c => c.Fate is Fate.Appointed { Activates: true }).Select(c => cast[c.Person.Name]).ToList();
        return Parallel.ForEachAsync(activating, Lanes.Options(cancellationToken), async (supervisor, cancellation) =>
        {
            var request = new ActivateRequest(supervisor.CertificateNumber, supervisor.ActivationCode, Cast.Password, PledgeAccepted: true);
            var waited = TimeSpan.Zero;
            while (await gateway.TryPostAsync("/api/identity/activate", request, cancellation) != HttpStatusCode.NoContent)
            {
                if (waited > ActivationWait)
                {
                    throw new DemoLoadException($"监督员 {supervisor.Name}（{supervisor.CertificateNumber}）"
                        + $"在 {ActivationWait.TotalSeconds:0} 秒内未能激活：身份服务未收到聘任消息。");
                }
                log.Detail($"{supervisor.CertificateNumber} 的登录账号尚未建立，稍后重试激活。");
                await Task.Delay(ActivationRetry, cancellation);
                waited += ActivationRetry;
            }
            cast.MarkActivated(supervisor.Name);
        });
    }

    private Task VetAsync(string path, VettingRequest request, Caller office, CancellationToken cancellationToken) =>
        gateway.PostAsync($"{path}/vetting", request, office, cancellationToken);

    private static readonly VettingRequest Eligible = new(true, [],
        "经核查，符合第二条第（一）至（四）项聘任条件，无第（五）项不得聘任情形。");

    /// <summary>Mobile numbers of the usual Yunnan ranges; invented, stable from run to run.</summary>
    private static string PhoneNumber(int serial)
    {
        string[] prefixes = ["139", "138", "150", "151", "187", "158", "135", "136"];
        return $"{prefixes[serial % prefixes.Length]}{(serial * 7919 + 87100000) % 100_000_000:00000000}";
    }
}
