namespace Jinning.ServiceDefaults;

/// <summary>The list envelope of API.md: <c>{ items, page, pageSize, total }</c>.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total) : IListEnvelope
{
    System.Collections.IEnumerable IListEnvelope.Entries => Items;
}

/// <summary>A list envelope whatever its item type, for filters that look at what a response carries.</summary>
public interface IListEnvelope
{
    System.Collections.IEnumerable Entries { get; }
}

public readonly record struct Paging(int Page, int PageSize)
{
    public const int MaxPageSize = 100;

    /// <summary>Computed in 64 bits: a huge page number skips everything rather than overflowing into a negative offset.</summary>
    public int Skip => (int)Math.Min(int.MaxValue, (long)(Page - 1) * PageSize);

    /// <summary>Clamps what the client asked for into 1..n pages of 1..100 items.</summary>
    public static Paging Of(int page, int pageSize) => new(Math.Max(1, page), Math.Clamp(pageSize, 1, MaxPageSize));
}
