namespace Jinning.Web.Api;

/// <summary>The API's list envelope.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public static Paged<T> Empty { get; } = new([], 1, 20, 0);
}
