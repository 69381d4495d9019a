using System.Net.Mail;
using System.Security.Claims;
using Jinning.Notification.Data;
using Jinning.Notification.Inbox;
using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Notification.Preferences;

public static class PreferencesApi
{
    public sealed record PreferencesRequest(string? Email, IReadOnlyList<string>? Channels);
    public sealed record PreferencesResponse(string Recipient, string? Email, IReadOnlyList<string> Channels);

    public static IEndpointRouteBuilder MapPreferencesApi(this IEndpointRouteBuilder app)
    {
        var preferences = app.MapGroup("/api/notifications/preferences").WithTags("Preferences").RequireRoles(Roles.All);
        preferences.MapGet("/", Get).WithName("GetPreferences").WithSummary("本人的通知方式 (N2)");
        preferences.MapPut("/", Put).WithName("PutPreferences").WithSummary("设置电子邮箱与接收渠道 (N2)");
        return app;
    }

    public static async Task<Ok<PreferencesResponse>> Get(ClaimsPrincipal user, NotificationDbContext db, CancellationToken cancellationToken)
    {
        var recipient = Recipients.Of(user);
        var preference = await db.Preferences.AsNoTracking().FirstOrDefaultAsync(p => p.Recipient == recipient, cancellationToken);
        return TypedResults.Ok(ToResponse(recipient, preference));
    }

    public static async Task<Results<Ok<PreferencesResponse>, ValidationProblem>> Put(
        PreferencesRequest request, ClaimsPrincipal user, NotificationDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var channels = request.Channels ?? ["inbox", "email"];
        var errors = new Dictionary<string, string[]>();
        if (request.Email is not null && (request.Email.Length > 200 || !MailAddress.TryCreate(request.Email, out _)))
            errors["email"] = ["电子邮箱格式不正确。"];
        if (channels.Except(["inbox", "email"]).Any())
            errors["channels"] = ["渠道可选 inbox、email（站内消息总会送达）。"];
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }
        var recipient = Recipients.Of(user);
        var preference = await db.Preferences.FirstOrDefaultAsync(p => p.Recipient == recipient, cancellationToken);
        if (preference is null)
        {
            preference = new Preference { Recipient = recipient };
            db.Preferences.Add(preference);
        }
        preference.Email = request.Email ?? preference.Email;
        preference.EmailEnabled = channels.Contains("email");
        preference.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ToResponse(recipient, preference));
    }

    private static PreferencesResponse ToResponse(string recipient, Preference? preference) => new(
        recipient, preference?.Email, preference is { EmailEnabled: false } ? ["inbox"] : ["inbox", "email"]);
}
