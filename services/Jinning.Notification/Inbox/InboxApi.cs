using Jinning.Notification.Data;
using System.Security.Claims;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Notification.Inbox;

public static class InboxApi
{
    public sealed record InboxItemResponse(Guid Id, string Kind, string Title, string Body, Guid? SubjectId, bool Urgent, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

    public sealed record InboxPage(IReadOnlyList<InboxItemResponse> Items, int Page, int PageSize, int Total, int Unread);

    public static IEndpointRouteBuilder MapInboxApi(this IEndpointRouteBuilder app)
    {
        var inbox = app.MapGroup("/api/notifications/inbox").WithTags("Inbox").RequireRoles(Roles.All);
        inbox.MapGet("/", GetInbox).WithName("GetInbox").WithSummary("站内消息 (N1)");
        inbox.MapPost("/{id:guid}/read", MarkRead).WithName("MarkInboxItemRead").WithSummary("标记已读");
        return app;
    }

    public static async Task<Ok<InboxPage>> GetInbox(ClaimsPrincipal user, NotificationDbContext db, CancellationToken cancellationToken, int page = 1, int pageSize = 20)
    {
        var paging = Paging.Of(page, pageSize);
        var recipient = Recipients.Of(user);
        var query = db.InboxItems.AsNoTracking().Where(i => i.Recipient == recipient);
        var total = await query.CountAsync(cancellationToken);
        var unread = await query.CountAsync(i => i.ReadAt == null, cancellationToken);
        var items = await query.OrderByDescending(i => i.CreatedAt).ThenBy(i => i.Id).Skip(paging.Skip).Take(paging.PageSize)
            .Select(i => new InboxItemResponse(i.Id, i.Kind, i.Title, i.Body, i.SubjectId, i.Urgent, i.CreatedAt, i.ReadAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new InboxPage(items, paging.Page, paging.PageSize, total, unread));
    }

    public static async Task<Results<NoContent, NotFound>> MarkRead(Guid id, ClaimsPrincipal user, NotificationDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var recipient = Recipients.Of(user);
        var item = await db.InboxItems.FirstOrDefaultAsync(i => i.Id == id && i.Recipient == recipient, cancellationToken);
        if (item is null)
        {
            return TypedResults.NotFound();
        }
        item.ReadAt ??= time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
