using Jinning.ServiceDefaults;

namespace Jinning.Ticketing.Issues;

/// <summary>
/// 曝光 (T7): a confirmed case on the public list under a title and summary the office writes
/// without names.
/// </summary>
public sealed class IssueCase
{
    public DateTimeOffset? ExposedAt { get; private set; }
    public string? Title { get; private set; }
    public string? Summary { get; private set; }

    internal void Expose(string title, string summary, DateTimeOffset now)
    {
        if (ExposedAt is not null)
        {
            throw new IllegalTransitionException("该问题已曝光。");
        }
        ExposedAt = now;
        Title = title;
        Summary = summary;
    }
}
