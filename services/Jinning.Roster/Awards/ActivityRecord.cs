namespace Jinning.Roster.Awards;

/// <summary>
/// A supervisor's record in a year, and the score candidates are ranked by (R7): adopted suggestions
/// weigh most, then half-year work handed in on time and commissioned tasks reported, then each
/// issue reported and each meeting or training attended.
/// </summary>
public sealed record ActivityRecord(
    Guid SupervisorId, string Name, string CertificateNumber,
    int IssuesReported, int SuggestionsAdopted, int DutiesOnTime, int TasksReported, int MeetingsAttended, int TrainingsAttended)
{
    public const int AdoptedWeight = 5, DutyWeight = 3, TaskWeight = 3, IssueWeight = 2, MeetingWeight = 1, TrainingWeight = 1;

    public int Score =>
        SuggestionsAdopted * AdoptedWeight + DutiesOnTime * DutyWeight + TasksReported * TaskWeight
        + IssuesReported * IssueWeight + MeetingsAttended * MeetingWeight + TrainingsAttended * TrainingWeight;
}
