namespace Jinning.Web.Api;

/// <summary>
/// An issue the office registers (T1, T11): a hotline or mailbox complaint with the caller's contact (<see cref="Source"/>), or a
/// supervisor's off-line report entered for them (<see cref="OnBehalfOfSupervisorId"/>).
/// </summary>
public sealed record Registration(string Title, string Description, string Category, string Channel, string? Place,
    string? InvolvedUnit, bool Major, string Type, string? Source, Guid? OnBehalfOfSupervisorId, string? ContactName,
    string? ContactPhone);

/// <summary>The office's intake of what reaches it other than through a supervisor's phone.</summary>
public sealed class RegistrationClient(HttpClient http) : GatewayClient(http)
{
    /// <summary>The answer carries the complainant's query code, this once.</summary>
    public Task<ApiResult<IssueView>> RegisterAsync(Registration registration, CancellationToken cancellationToken) =>
        PostAsync<IssueView>("/api/ticketing/issues", registration, cancellationToken);
}
