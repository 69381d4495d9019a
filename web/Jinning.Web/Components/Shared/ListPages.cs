namespace Jinning.Web.Components.Shared;

/// <summary>Pages of a list the API gives whole, shown with <see cref="ListPagination"/> like the lists it pages itself.</summary>
public static class ListPages
{
    public const int Size = 20;

    public static List<T> PageOf<T>(this IEnumerable<T> rows, int page) => rows.Skip((Math.Max(page, 1) - 1) * Size).Take(Size).ToList();
}
