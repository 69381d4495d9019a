namespace Jinning.DemoData.Gateway;

/// <summary>The list envelope of API.md: <c>{ items, page, pageSize, total }</c>.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
