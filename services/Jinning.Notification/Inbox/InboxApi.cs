using Jinning.Notification.Data;
using Jinning.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Notification.Inbox;

public static class InboxApi
{
    public sealed record InboxItemResponse(Guid Id, string Kind, string Title, string Body, Guid? SubjectId, bool Urgent, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

    public sealed record InboxPage(IReadOnlyList<InboxItemResponse> Items, int Page, int PageSize, int Total, int Unread);

    public static IEndpointRouteBuilder MapInboxApi(this IEndpointRouteBuilder app)
    {
        var inbox = app.MapGroup("/api/notifications/inbox").WithTags("Inbox");
        inbox.MapGet("/", GetInbox).WithName("GetInbox").WithSummary("站内消息 (N1)");
        inbox.MapPost("/{id:guid}/read", MarkRead).WithName("MarkInboxItemRead").WithSummary("标记已读");
        return app;
    }

    // Until sign-in exists (identity issue), the inbox shown is the office's.
    private static string CurrentRecipient() => Recipients.Office;

    public static async Task<Ok<InboxPage>> GetInbox(NotificationDbContext db, CancellationToken cancellationToken, int page = 1, int pageSize = 20)
    {
        var paging = Paging.Of(page, pageSize);
        var recipient = CurrentRecipient();
        var query = db.InboxItems.AsNoTracking().Where(i => i.Recipient == recipient);
        var total = await query.CountAsync(cancellationToken);
        var unread = await query.CountAsync(i => i.ReadAt == null, cancellationToken);
        var items = await query.OrderByDescending(i => i.CreatedAt).ThenBy(i => i.Id).Skip(paging.Skip).Take(paging.PageSize)
            .Select(i => new InboxItemResponse(i.Id, i.Kind, i.Title, i.Body, i.SubjectId, i.Urgent, i.CreatedAt, i.ReadAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new InboxPage(items, paging.Page, paging.PageSize, total, unread));
    }

    public static async Task<Results<NoContent, NotFound>> MarkRead(Guid id, NotificationDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var recipient = CurrentRecipient();
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
