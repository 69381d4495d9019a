using Jinning.Notification.Data;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Notification.Deliveries;

public static class DeliveriesApi
{
    public sealed record DeliveryResponse(Guid Id, Guid EventId, string EventType, string Recipient, DeliveryChannel Channel, string Target,
        string Subject, DeliveryStatus Status, int Attempts, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, DateTimeOffset NextAttemptAt);

    public static IEndpointRouteBuilder MapDeliveriesApi(this IEndpointRouteBuilder app)
    {
        var deliveries = app.MapGroup("/api/notifications/deliveries").WithTags("Deliveries");
        deliveries.MapGet("/", List).WithName("ListDeliveries")
            .WithSummary("发送记录：状态、次数、最后错误 (N3)；责任单位只看发给本单位的（含 Webhook 死信）(T9)")
            .RequireRoles(Roles.Office, Roles.Department);
        deliveries.MapPost("/{id:guid}/retry", Retry).WithName("RetryDelivery").WithSummary("重发失败的消息 (N3)").RequireRoles(Roles.Office);
        return app;
    }

    /// <summary>A department sees the delivery state of what was sent to it, webhooks and dead letters included, and nothing else.</summary>
    public static async Task<Ok<PagedList<DeliveryResponse>>> List(System.Security.Claims.ClaimsPrincipal user, NotificationDbContext db, CancellationToken cancellationToken,
        DeliveryStatus? status = null, string? recipient = null, Guid? eventId = null, DeliveryChannel? channel = null, int page = 1, int pageSize = 20)
    {
        var paging = Paging.Of(page, pageSize);
        if (!user.IsOffice())
        {
            recipient = $"department:{user.DepartmentCode()}";
        }
        var query = db.Deliveries.AsNoTracking();
        if (status is { } wanted) query = query.Where(d => d.Status == wanted);
        if (recipient is not null) query = query.Where(d => d.Recipient == recipient);
        if (eventId is { } id) query = query.Where(d => d.EventId == id);
        if (channel is { } wantedChannel) query = query.Where(d => d.Channel == wantedChannel);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(d => d.CreatedAt).ThenBy(d => d.Id).Skip(paging.Skip).Take(paging.PageSize)
            .Select(d => new DeliveryResponse(d.Id, d.EventId, d.EventType, d.Recipient, d.Channel, d.Target, d.Subject, d.Status,
                d.Attempts, d.LastError, d.CreatedAt, d.SentAt, d.NextAttemptAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<DeliveryResponse>(items, paging.Page, paging.PageSize, total));
    }

    public static async Task<Results<NoContent, NotFound>> Retry(Guid id, NotificationDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var delivery = await db.Deliveries.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (delivery is null)
        {
            return TypedResults.NotFound();
        }
        if (delivery.Status == DeliveryStatus.Dead)
        {
            delivery.Status = DeliveryStatus.Pending;
            delivery.Attempts = 0;
            delivery.NextAttemptAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }
        return TypedResults.NoContent();
    }
}
