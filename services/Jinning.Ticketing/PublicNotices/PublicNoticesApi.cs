using Jinning.ServiceDefaults;
using Jinning.Ticketing.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.PublicNotices;

/// <summary>Public notices (通报, T13): newest first, for anyone; never a reporter, title or description.</summary>
public static class PublicNoticesApi
{
    public sealed record PublicNoticeResponse(Guid Id, string TrackingNumber, string DepartmentCode, string DepartmentName, string Category,
        DateTimeOffset FirstMissedDeadline, int LateWorkingDays, int LateDays, string Text, DateTimeOffset PublishedAt);

    public static IEndpointRouteBuilder MapPublicNoticesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/public/notices", List).WithTags("Public").WithName("PublicNotices")
            .WithSummary("通报：督办到通报层级后仍逾期的问题——责任单位、类别、逾期多久 (T13)").AllowAnonymous();
        return app;
    }

    public static async Task<Ok<PagedList<PublicNoticeResponse>>> List(TicketingDbContext db, CancellationToken cancellationToken,
        int page = 1, int pageSize = 20)
    {
        var paging = Paging.Of(page, pageSize);
        var total = await db.PublicNotices.CountAsync(cancellationToken);
        var items = await db.PublicNotices.AsNoTracking().OrderByDescending(n => n.PublishedAt).ThenBy(n => n.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(n => new PublicNoticeResponse(n.Id, n.TrackingNumber, n.DepartmentCode, n.DepartmentName, n.Category,
            n.FirstMissedDeadline,
                n.LateWorkingDays, n.LateDays, n.Text, n.PublishedAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<PublicNoticeResponse>(items, paging.Page, paging.PageSize, total));
    }
}
