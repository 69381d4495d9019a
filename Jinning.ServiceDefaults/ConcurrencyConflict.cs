namespace Jinning.ServiceDefaults;

/// <summary>
/// A command that read an aggregate someone else changed before it saved (EF's
/// <c>DbUpdateConcurrencyException</c> on the <c>xmin</c> row version): it changed nothing and answers 409.
/// Recognised by name because ServiceDefaults does not depend on EF Core (the gateway and the console use it too).
/// </summary>
public static class ConcurrencyConflict
{
    public const string ProblemType = "https://jinning.gov.cn/problems/concurrency-conflict";
    public const string Title = "记录已被他人修改";
    public const string Detail = "该记录刚被他人修改，本次操作未生效，请刷新后重试。";

    private const string ExceptionTypeName = "Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException";

    public static bool IsConflict(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            for (var type = current.GetType(); type is not null; type = type.BaseType)
            {
                if (type.FullName == ExceptionTypeName) return true;
            }
        }
        return false;
    }
}
