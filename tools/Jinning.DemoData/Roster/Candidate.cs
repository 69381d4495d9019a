namespace Jinning.DemoData.Roster;

/// <summary>
/// Someone a nominating unit puts forward (Art. 3): who they are, where they work, which of Art. 3's
/// backgrounds they come from, and what the office made of the nomination.
/// </summary>
public sealed record Candidate(string UnitCode, Person Person, Fate Fate);

/// <summary>
/// A person as the nomination form asks for them. <see cref="Region"/> is the six-digit division code
/// of the ID number (530122: 晋宁, registered when it was still a county); <see cref="Handle"/> names
/// the e-mail address at example.com, which only the development mail server ever receives.
/// </summary>
public sealed record Person(
    string Name, bool Female, DateOnly Born, string Region, string Handle, string Workplace, string Background, bool Sme, string Statement)
{
    public string Email => $"{Handle}@example.com";
}

/// <summary>How far the nomination got; appointed ones say on which appointment meeting.</summary>
public abstract record Fate
{
    /// <summary>
    /// Vetted, approved and appointed at the <see cref="Meeting"/>th appointment meeting of the timeline;
    /// unless <see cref="Activates"/> is false, the sign-in is activated.
    /// </summary>
    public sealed record Appointed(int Meeting, bool Activates = true) : Fate;

    /// <summary>Waits for vetting.</summary>
    public sealed record Nominated : Fate;

    /// <summary>Vetted, waits for the office's approval (审定).</summary>
    public sealed record Vetted : Fate;

    /// <summary>Approved, waits for the next appointment meeting.</summary>
    public sealed record Approved : Fate;

    /// <summary>Barred for good by an Art. 2 (5) disqualifier, with its evidence.</summary>
    public sealed record Disqualified(string Kind, string Evidence) : Fate;

    /// <summary>Vetting found conditions (1)–(4) unmet: rejected at once.</summary>
    public sealed record FailsConditions(string Note) : Fate;

    /// <summary>Vetted, then not approved by the office.</summary>
    public sealed record Rejected(string Reason) : Fate;
}
