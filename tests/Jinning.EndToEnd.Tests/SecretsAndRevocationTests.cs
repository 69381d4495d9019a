using System.Net;
using System.Text.Json;
using Jinning.Testing;

namespace Jinning.EndToEnd.Tests;

/// <summary>Issue 15: refresh tokens die with a reset; guessing from one address locks only that address; token answers are never replayed.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SecretsAndRevocationTests(PlatformFixture platform)
{
    [Fact]
    public async Task RefreshToken_ObtainedBeforeAReset_IsRefusedAfterIt()
    {
        var (userName, id) = await NewAccountAsync("RightPassword2026");
        var granted = await TokenAsync(new()
        {
            ["grant_type"] = "password", ["username"] = userName, ["password"] = "RightPassword2026", ["scope"] = "offline_access",
        });
        var refreshToken = granted.GetProperty("refresh_token").GetString()!;
        // The refresh token works before the reset: the test watches something that ran.
        var refreshed = await TokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken });
        var rolled = refreshed.TryGetProperty("refresh_token", out var next) ? next.GetString()! : refreshToken;

        var office = await platform.Accounts.TokenAsync("office");
        await platform.Accounts.SendOkAsync(HttpMethod.Post, $"/api/identity/accounts/{id}/reset-password", office,
            new { password = "AnotherPassword2026" });

        foreach (var token in new[] { refreshToken, rolled }.Distinct())
        {
            var refused = await platform.Accounts.PostTokenRequestAsync(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token", ["refresh_token"] = token,
            });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("invalid_grant", JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
        }
    }

    [Fact]
    public async Task AnonymousIdempotencyKey_FromAnotherAddress_GetsItsOwnAnswer()
    {
        var key = Guid.NewGuid().ToString();
        var complaint = new { title = "窗口办事排队过长", description = $"匿名重试测试 {key}", category = "window-service" };

        var first = await AnonymousPostFromAsync("203.0.113.81", "/api/public/complaints", complaint, key);
        var retry = await AnonymousPostFromAsync("203.0.113.81", "/api/public/complaints", complaint, key);
        var stranger = await AnonymousPostFromAsync("203.0.113.82", "/api/public/complaints", complaint, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"), "the same caller's retry is replayed");
        Assert.Equal(HttpStatusCode.Created, stranger.StatusCode);
        Assert.False(stranger.Headers.Contains("Idempotent-Replayed"), "another address never reads the first caller's answer");
        var tracking = (await first.Content.ReadAsStringAsync(), await stranger.Content.ReadAsStringAsync());
        Assert.NotEqual(Tracking(tracking.Item1), Tracking(tracking.Item2));
    }

    private static string Tracking(string json) => JsonDocument.Parse(json).RootElement.GetProperty("trackingNumber").GetString()!;

    private async Task<HttpResponseMessage> AnonymousPostFromAsync(string address, string path, object body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = System.Net.Http.Json.JsonContent.Create(body) };
        request.Headers.Add("X-Forwarded-For", address);
        request.Headers.Add("Idempotency-Key", key);
        return await platform.Gateway.SendAsync(request);
    }

    [Fact]
    public async Task StrangerGuessingFromOneAddress_LocksOnlyThatAddress_TheOwnerSignsInFromAnother()
    {
        var (userName, _) = await NewAccountAsync("RightPassword2026");
        const string stranger = "203.0.113.66", owner = "198.51.100.23";
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var wrong = await PasswordGrantFromAsync(stranger, userName, "WrongPassword2026");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }
        var strangerAgain = await PasswordGrantFromAsync(stranger, userName, "RightPassword2026");
        Assert.Equal(HttpStatusCode.BadRequest, strangerAgain.StatusCode);
        Assert.Contains("锁定", await strangerAgain.Content.ReadAsStringAsync());

        var fromOwner = await PasswordGrantFromAsync(owner, userName, "RightPassword2026");

        Assert.Equal(HttpStatusCode.OK, fromOwner.StatusCode);
    }

    [Fact]
    public async Task TokenRequest_WithAnIdempotencyKey_IsNeverReplayed()
    {
        var key = Guid.NewGuid().ToString();
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["username"] = "office", ["password"] = Accounts.DevelopmentPassword,
        };
        var first = await SendTokenWithKeyAsync(form, key);
        var second = await SendTokenWithKeyAsync(form, key);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.False(second.Headers.Contains("Idempotent-Replayed"));
        Assert.NotEqual(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> SendTokenWithKeyAsync(Dictionary<string, string> form, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("Idempotency-Key", key);
        // Tokens are issued per second: two in the same second may be the same bytes.
        await Task.Delay(1100);
        return await platform.Gateway.SendAsync(request);
    }

    /// <summary>The gateway believes X-Forwarded-For from loopback (the console's host): the test plays clients at two addresses.</summary>
    private async Task<HttpResponseMessage> PasswordGrantFromAsync(string address, string userName, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password", ["username"] = userName, ["password"] = password,
            }),
        };
        request.Headers.Add("X-Forwarded-For", address);
        return await platform.Gateway.SendAsync(request);
    }

    private async Task<JsonElement> TokenAsync(Dictionary<string, string> form)
    {
        var response = await platform.Accounts.PostTokenRequestAsync(form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"token request failed: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<(string UserName, Guid Id)> NewAccountAsync(string password)
    {
        var office = await platform.Accounts.TokenAsync("office");
        var userName = $"sec.{Guid.NewGuid():N}"[..28];
        var created = await platform.Accounts.SendOkAsync(HttpMethod.Post, "/api/identity/accounts", office,
            new { userName, displayName = "安全测试", role = "discipline", password });
        return (userName, created.GetProperty("id").GetGuid());
    }
}
