namespace Jinning.Ticketing.Issues;

/// <summary>整改 (T4): what the lead unit reports it fixed, with evidence.</summary>
public sealed class IssueRectification
{
    public string? Summary { get; private set; }
    public List<string> Evidence { get; private set; } = [];
    public DateTimeOffset? RectifiedAt { get; private set; }

    internal void Report(string summary, IReadOnlyList<string> evidence, DateTimeOffset now)
    {
        Summary = summary;
        Evidence = [.. evidence];
        RectifiedAt = now;
    }
}
