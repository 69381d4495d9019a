namespace Jinning.Web.Api;

/// <summary>What the desk acts on today; each count is the issue board under the filters of <c>Components/Pages/Office/DeskTiles.cs</c>.</summary>
public sealed record DeskCounts(int AwaitingDispatch, int SignForOverdue, DateOnly Tomorrow, int DueTomorrow, int Overdue,
    int AwaitingFeedback, int AwaitingConfirmation);

/// <summary>The dashboard's counts, counted by ticketing without reading an issue (nothing enters the identity-view log).</summary>
public sealed class DeskClient(HttpClient http) : GatewayClient(http)
{
    public Task<ApiResult<DeskCounts>> CountsAsync(CancellationToken cancellationToken) =>
        GetAsync<DeskCounts>("/api/ticketing/issues/counts", cancellationToken);
}
