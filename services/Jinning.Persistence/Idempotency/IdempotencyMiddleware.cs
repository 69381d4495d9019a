using System.Security.Cryptography;
using Jinning.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jinning.Persistence.Idempotency;

/// <summary>
/// Honours the <c>Idempotency-Key</c> header of API.md on every POST: the first response (2xx or
/// 4xx) is kept for a day per caller and key, and a retry with the same key and the same request
/// gets it again with <c>Idempotent-Replayed: true</c> instead of running twice. The same key with
/// a different request is refused (422); a retry while the first is still running waits its turn
/// (409). A 5xx is not kept, so the retry runs for real. Responses that carry secrets are never
/// kept: the token endpoint is left alone, and any answer marked <c>Cache-Control: no-store</c> is
/// run again rather than stored. Anonymous callers' keys are scoped by their client address, so one
/// stranger cannot read another's first answer by guessing the key.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next, TimeProvider time)
{
    public const string Header = "Idempotency-Key";
    public const int MaxKeyLength = 100;
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(24);
    /// <summary>A first request that left no response this long ago died with its process; its key is free again.</summary>
    private static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(2);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || context.Request.Path.StartsWithSegments("/connect")
            || !context.Request.Headers.TryGetValue(Header, out var values))
        {
            await next(context);
            return;
        }
        var key = values.ToString();
        if (key.Length is 0 or > MaxKeyLength)
        {
            await Problem(context, StatusCodes.Status400BadRequest, "Idempotency-Key 无效", $"Idempotency-Key 须为 1 至 {MaxKeyLength} 个字符。", "idempotency-key-invalid");
            return;
        }
        var subject = context.User.FindFirst("sub")?.Value ?? $"anonymous@{ClientAddress.Of(context)}";
        var hash = await HashAsync(context.Request);

        await using var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IServiceDbContext>();
        var requests = db.Set<IdempotentRequest>();
        var now = time.GetUtcNow();
        var earlier = await requests.FirstOrDefaultAsync(r => r.Subject == subject && r.Key == key, context.RequestAborted);
        if (earlier is not null && earlier.CreatedAt < now - KeptFor)
        {
            requests.Remove(earlier);
            await db.SaveChangesAsync(context.RequestAborted);
            earlier = null;
        }
        if (earlier is not null)
        {
            if (earlier.RequestHash != hash)
            {
                await Problem(context, StatusCodes.Status422UnprocessableEntity, "Idempotency-Key 已用于另一个请求",
                    "同一 Idempotency-Key 只能用于重试同一个请求；新的请求请使用新的键。", "idempotency-key-reused");
                return;
            }
            if (earlier.StatusCode is { } status)
            {
                await ReplayAsync(context, earlier, status);
                return;
            }
            if (earlier.CreatedAt > now - Abandoned)
            {
                await Problem(context, StatusCodes.Status409Conflict, "请求正在处理", "使用同一 Idempotency-Key 的请求尚未完成，请稍后重试。", "idempotency-key-in-progress");
                return;
            }
            earlier.CreatedAt = now;
        }
        else
        {
            requests.Add(new IdempotentRequest { Subject = subject, Key = key, RequestHash = hash, CreatedAt = now });
        }
        try
        {
            await db.SaveChangesAsync(context.RequestAborted);
        }
        catch (DbUpdateException)
        {
            // Another copy of the same retry won the race to claim the key.
            await Problem(context, StatusCodes.Status409Conflict, "请求正在处理", "使用同一 Idempotency-Key 的请求尚未完成，请稍后重试。", "idempotency-key-in-progress");
            return;
        }
        var claimed = await requests.SingleAsync(r => r.Subject == subject && r.Key == key, context.RequestAborted);
        await RunAndKeepAsync(context, db, claimed);
    }

    private async Task RunAndKeepAsync(HttpContext context, IServiceDbContext db, IdempotentRequest claimed)
    {
        var original = context.Response.Body;
        using var captured = new MemoryStream();
        context.Response.Body = captured;
        try
        {
            await next(context);
        }
        catch
        {
            db.Set<IdempotentRequest>().Remove(claimed);
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.StatusCode >= 500 || IsNotToBeStored(context.Response))
        {
            db.Set<IdempotentRequest>().Remove(claimed);
        }
        else
        {
            claimed.StatusCode = context.Response.StatusCode;
            claimed.ContentType = context.Response.ContentType;
            claimed.Location = context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null;
            claimed.Body = captured.ToArray();
        }
        await db.SaveChangesAsync(CancellationToken.None);
        captured.Position = 0;
        await captured.CopyToAsync(original, context.RequestAborted);
    }

    /// <summary>A response that says it must not be stored (tokens, one-time codes) is not kept for a replay either.</summary>
    private static bool IsNotToBeStored(HttpResponse response) =>
        response.Headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase);

    private static async Task ReplayAsync(HttpContext context, IdempotentRequest earlier, int status)
    {
        context.Response.StatusCode = status;
        if (earlier.ContentType is not null) context.Response.ContentType = earlier.ContentType;
        if (earlier.Location is not null) context.Response.Headers.Location = earlier.Location;
        context.Response.Headers["Idempotent-Replayed"] = "true";
        if (earlier.Body is { Length: > 0 } body)
        {
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    /// <summary>What makes two requests "the same": method, path with query, and body.</summary>
    private static async Task<string> HashAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var buffer = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0)
        {
            sha.AppendData(buffer, 0, read);
        }
        request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static Task Problem(HttpContext context, int status, string title, string detail, string type) =>
        Results.Problem(statusCode: status, title: title, detail: detail, type: $"https://jinning.gov.cn/problems/{type}").ExecuteAsync(context);
}

public static class IdempotencyExtensions
{
    /// <summary>After authentication, so keys are kept per caller.</summary>
    public static IApplicationBuilder UseIdempotencyKeys(this IApplicationBuilder app) => app.UseMiddleware<IdempotencyMiddleware>();
}
