using System.Collections;
using System.Text.RegularExpressions;
using Jinning.ServiceDefaults;
using Jinning.Ticketing.Data;

namespace Jinning.Ticketing.Confidentiality;

/// <summary>
/// The one place the identity-view log (T8) is written: a filter on every ticketing route that looks
/// at what the answer carries, not at what the handler meant to show. Whatever route returns an
/// issue, a list of issues or a history that names a reporter to someone other than that reporter,
/// one row per issue goes on the log, with the route it went out through. A new route cannot forget.
/// </summary>
public sealed partial class IdentityViewFilter(TicketingDbContext db, TimeProvider time) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var reader = context.HttpContext.User;
        if (reader.Identity?.IsAuthenticated != true)
        {
            return result;
        }
        var shown = Carried(result).SelectMany(entry => entry.IssuesWhoseReporterIsShownTo(reader)).Distinct().ToList();
        if (shown.Count == 0)
        {
            return result;
        }
        var now = time.GetUtcNow();
        var via = Route(context.HttpContext);
        foreach (var issueId in shown)
        {
            db.ReporterIdentityViews.Add(new ReporterIdentityView
            {
                IssueId = issueId,
                Viewer = reader.Identity?.Name ?? "unknown",
                ViewerRole = reader.FindFirst("role")?.Value ?? "unknown",
                At = now,
                Via = via,
            });
        }
        await db.SaveChangesAsync(context.HttpContext.RequestAborted);
        return result;
    }

    /// <summary>Everything in the answer that can show a reporter: the value itself, a list of them, or a paged envelope's items.</summary>
    private static IEnumerable<IShowsReporter> Carried(object? result)
    {
        while (result is INestedHttpResult nested)
        {
            result = nested.Result;
        }
        var value = result is IValueHttpResult valued ? valued.Value : result;
        IEnumerable entries = value switch
        {
            IShowsReporter single => new[] { single },
            IListEnvelope envelope => envelope.Entries,
            IEnumerable list and not string => list,
            _ => Array.Empty<object>(),
        };
        return entries.OfType<IShowsReporter>();
    }

    private static string Route(HttpContext http)
    {
        var pattern = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value ?? "";
        // The route as the API documents it ("{id}", not "{id:guid}"; no trailing slash), whatever constraint or group maps it.
        pattern = RouteConstraint().Replace(pattern, "{$1}");
        var via = $"{http.Request.Method} /{pattern.Trim('/')}";
        return via.Length > 100 ? via[..100] : via;
    }

    [GeneratedRegex(@"\{(\w+):[^}]+\}")]
    private static partial Regex RouteConstraint();
}
