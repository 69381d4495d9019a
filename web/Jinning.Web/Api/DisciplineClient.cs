namespace Jinning.Web.Api;

public sealed record DisciplineHandlingEntry(long Id, string Stage, string? Measures, string? Note, string RecordedBy, DateTimeOffset At);

/// <summary>The discipline commission's handling of a retaliation report, stage by stage (T12).</summary>
public sealed class DisciplineClient(HttpClient http) : GatewayClient(http)
{
    public Task<ApiResult<List<DisciplineHandlingEntry>>> HandlingAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<List<DisciplineHandlingEntry>>($"/api/ticketing/issues/{id}/discipline-handling", cancellationToken);

    public Task<ApiResult<IssueView>> RecordStageAsync(Guid id, string stage, string? measures, string? note,
        CancellationToken cancellationToken) =>
        PostAsync<IssueView>($"/api/ticketing/issues/{id}/discipline-handling", new { stage, measures, note }, cancellationToken);
}
