namespace Jinning.Web.Api;

public sealed record Award(Guid Id, int Year, Guid SupervisorId, string Title, string? Note, DateTimeOffset AwardedAt);
public sealed record ActivityRecord(Guid SupervisorId, string Name, string CertificateNumber, int IssuesReported, int SuggestionsAdopted,
    int DutiesOnTime, int TasksReported, int MeetingsAttended, int TrainingsAttended, int Score);
public sealed record AwardCandidate(int Rank, ActivityRecord Record, int Score, bool Awarded);
public sealed record YearOfAwards(int Year, IReadOnlyList<Award> Awards, IReadOnlyList<AwardCandidate> Ranking);

/// <summary>Awards and the ranking by activity they are decided on (R7).</summary>
public sealed class AwardsClient(HttpClient http) : GatewayClient(http)
{
    public Task<ApiResult<YearOfAwards>> YearAsync(int year, CancellationToken cancellationToken) =>
        GetAsync<YearOfAwards>($"/api/roster/awards?year={year}", cancellationToken);

    public Task<ApiResult<Award>> GiveAsync(int year, Guid supervisorId, string? title, string? note, CancellationToken cancellationToken) =>
        PostAsync<Award>("/api/roster/awards", new { year, supervisorId, title, note }, cancellationToken);
}
