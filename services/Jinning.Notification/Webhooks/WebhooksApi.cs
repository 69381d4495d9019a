using Jinning.Notification.Data;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Notification.Webhooks;

public static class WebhooksApi
{
    public sealed record WebhookRequest(string? Recipient, string? Url, string? Secret, string? Description);
    public sealed record WebhookResponse(Guid Id, string Recipient, string Url, string? Description, bool Active, DateTimeOffset CreatedAt);

    public static IEndpointRouteBuilder MapWebhooksApi(this IEndpointRouteBuilder app)
    {
        var webhooks = app.MapGroup("/api/notifications/webhooks").WithTags("Webhooks").RequireRoles(Roles.Office);
        webhooks.MapPost("/", Register).WithName("RegisterWebhook").WithSummary("登记外发 Webhook（微信、短信网关或部门系统）(N2, T9)");
        webhooks.MapGet("/", List).WithName("ListWebhooks").WithSummary("已登记的 Webhook");
        return app;
    }

    public static async Task<Results<Created<WebhookResponse>, ValidationProblem>> Register(
        WebhookRequest request, NotificationDbContext db, WebhookSecrets secrets, WebhookAddressGuard guard, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Recipient) || request.Recipient.Length > 100 || !request.Recipient.Contains(':'))
            errors["recipient"] = ["接收方格式如 role:office、department:market-regulation、supervisor:<id>。"];
        if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.UserInfo.Length > 0
            || request.Url!.Length > 500)
            errors["url"] = ["须为 http 或 https 地址（不超过 500 个字符，不含用户名和密码）。"];
        else if (System.Net.IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var literal) && !guard.Allows(literal))
            errors["url"] = ["不能登记本机、内网或链路本地地址。"];
        if (string.IsNullOrEmpty(request.Secret) || request.Secret.Length is < 16 or > 200)
            errors["secret"] = ["签名密钥须为 16 至 200 个字符。"];
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }
        var endpoint = new WebhookEndpoint
        {
            Id = NewId.NextGuid(), Recipient = request.Recipient!, Url = url!.ToString(), Secret = secrets.Protect(request.Secret!),
            SecretProtected = true,
            Description = request.Description, CreatedAt = time.GetUtcNow(),
        };
        db.WebhookEndpoints.Add(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/notifications/webhooks/{endpoint.Id}", ToResponse(endpoint));
    }

    public static async Task<Ok<List<WebhookResponse>>> List(NotificationDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.WebhookEndpoints.AsNoTracking().OrderBy(e => e.CreatedAt).ToListAsync(cancellationToken)).Select(ToResponse).ToList());

    private static WebhookResponse ToResponse(WebhookEndpoint e) => new(e.Id, e.Recipient, e.Url, e.Description, e.Active, e.CreatedAt);
}
