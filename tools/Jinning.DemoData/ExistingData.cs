using Jinning.DemoData.Gateway;
using Jinning.DemoData.Roster;

namespace Jinning.DemoData;

/// <summary>
/// What the platform holds before the demo starts. The demo fills an empty platform only: anything
/// already nominated or reported means someone uses it, and a second run must change nothing.
/// </summary>
public sealed record ExistingData(int Nominations, int Issues, PublicSupervisor? FirstServing)
{
    public bool IsEmpty => Nominations == 0 && Issues == 0 && FirstServing is null;

    public static async Task<ExistingData> ReadAsync(GatewayClient gateway, Caller office, CancellationToken cancellationToken)
    {
        var nominations = await gateway.GetAsync<Paged<NominationAnswer>>("/api/roster/nominations?pageSize=1", office, cancellationToken);
        var issues = await gateway.GetAsync<Paged<IdOnly>>("/api/ticketing/issues?pageSize=1", office, cancellationToken);
        if (nominations.Total == 0 && issues.Total == 0)
        {
            // Not the public roster here: it is cached for 30 s, and an empty answer would outlive the load.
            return new ExistingData(0, 0, null);
        }
        var serving = await gateway.GetAsync<List<PublicSupervisor>>("/api/public/roster", caller: null, cancellationToken);
        return new ExistingData(nominations.Total, issues.Total, serving.FirstOrDefault());
    }

    private sealed record IdOnly(Guid Id);
}
