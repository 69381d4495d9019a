using Jinning.DemoData.Issues;
using Jinning.DemoData.Roster;

namespace Jinning.DemoData;

/// <summary>What a run of the loader did: nothing, because the platform was in use, or everything below.</summary>
public sealed record DemoResult(
    ExistingData Before,
    IReadOnlyList<AppointedSupervisor> Supervisors,
    IReadOnlyList<Candidate> Candidates,
    IReadOnlyList<ToldIssue> Issues,
    int HandIns,
    int Meetings,
    int Trainings,
    int Tasks,
    int Awards)
{
    public bool Loaded => Before.IsEmpty;

    public static DemoResult NothingDone(ExistingData before) => new(before, [], [], [], 0, 0, 0, 0, 0);

    /// <summary>The supervisor the banner names, activated, with an issue waiting for their confirmation.</summary>
    public AppointedSupervisor? Featured => Supervisors.FirstOrDefault(s => s.Name == Roster.Candidates.Featured);

    public AppointedSupervisor? AwaitingActivation => Supervisors.FirstOrDefault(s => !s.Activated);

    /// <summary>Issues whose deadline is minutes away with nobody acting: the clock will find them overdue.</summary>
    public IReadOnlyList<ToldIssue> DueSoon => Issues.Where(i => i.DueSoon).ToList();
}
