namespace Jinning.DemoData.Issues;

/// <summary>
/// One issue of the demo: who brought it in, what it says, and what happened to it since, step by
/// step, in the order the office, the departments and the reporter acted. Its last step is where the
/// newcomer finds it.
/// </summary>
public sealed record IssueStory(string Key, Reporter By, IssueText Text, IReadOnlyList<StoryStep> Steps);

/// <summary>What the report says. Categories are Art. 6.1's (API codes); <see cref="Type"/> is problem, suggestion or highlight.</summary>
public sealed record IssueText(
    string Title, string Description, string Category, string Place, string? InvolvedUnit, bool Major = false, string Type = "problem");

/// <summary>Who brought the issue in.</summary>
public abstract record Reporter
{
    /// <summary>A supervisor reporting through the app.</summary>
    public sealed record Supervisor(string Name, string Channel = "web") : Reporter;

    /// <summary>A call to the hotline 0871-67802885 or a letter to the mailbox, registered by the office.</summary>
    public sealed record Office(string Source, string ContactName, string ContactPhone) : Reporter;

    /// <summary>A citizen's complaint on the public web form, without signing in.</summary>
    public sealed record Public(string ContactName, string ContactPhone) : Reporter;
}

/// <summary>Something that happened to an issue; the runner turns each into one call of the actor it belongs to.</summary>
public abstract record StoryStep
{
    /// <summary>The office studies the issue (研究).</summary>
    public sealed record Research : StoryStep;

    /// <summary>
    /// The office transfers, assigns or supervises it to a lead unit. <see cref="DueSoon"/> sets the
    /// deadline minutes ahead instead of the calendar's default, so the clock finds it overdue today.
    /// </summary>
    public sealed record Dispatch(string Kind, string Department, string Instructions, string[]? CoHandlers = null,
        string? Level = null, bool DueSoon = false) : StoryStep;

    /// <summary>The lead unit signs for it (签收).</summary>
    public sealed record SignFor : StoryStep;

    /// <summary>The lead unit reports progress; with <see cref="CoHandler"/>, a co-handler reports its part.</summary>
    public sealed record Progress(string Note, string? CoHandler = null) : StoryStep;

    /// <summary>The lead unit returns it as not its own (退单).</summary>
    public sealed record Return(string Reason, string Note) : StoryStep;

    /// <summary>The office rules the return unfounded: the same unit keeps it.</summary>
    public sealed record SendBack(string Note) : StoryStep;

    /// <summary>The office rules the return founded and sends the issue to the unit that has jurisdiction.</summary>
    public sealed record Redispatch(string Department, string Instructions) : StoryStep;

    /// <summary>The lead unit waits for material; the clock stops.</summary>
    public sealed record AskForMaterial(string Note) : StoryStep;

    /// <summary>The lead unit asks for a deadline <see cref="Days"/> days later than the current one (延期).</summary>
    public sealed record AskForExtension(int Days, string Reason) : StoryStep;

    public sealed record DecideExtension(bool Granted, string Note) : StoryStep;

    /// <summary>The lead unit reports its rectification (整改) with evidence.</summary>
    public sealed record Rectify(string Summary, params string[] Evidence) : StoryStep;

    /// <summary>The office reviews the rectification: approved, or sent back for redo.</summary>
    public sealed record Review(bool Approved, string Note) : StoryStep;

    /// <summary>The office reports the result back to the reporter (反馈).</summary>
    public sealed record Feedback(string Message) : StoryStep;

    /// <summary>The reporter confirms and rates it (回访); for complaints the office records the callback.</summary>
    public sealed record Confirm(int Rating, string Comment) : StoryStep;

    /// <summary>The reporter objects: the issue reopens.</summary>
    public sealed record Objection(string Reason) : StoryStep;

    /// <summary>
    /// The office merges a duplicate told earlier (still registered) into this issue, before handling it:
    /// the duplicate closes as merged, and its reporter gets this issue's outcome.
    /// </summary>
    public sealed record Absorb(string DuplicateKey, string Note) : StoryStep;

    /// <summary>The office exposes the closed issue as a typical case (曝光), without names.</summary>
    public sealed record Expose(string Title, string Summary) : StoryStep;
}
