using System.Net;
using System.Text;
using System.Text.Json;
using Jinning.Testing;

namespace Jinning.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public sealed class SignInTests(PlatformFixture platform)
{
    [Fact]
    public async Task AccessToken_CarriesRoleAndScopeClaims_ForEachKindOfAccount()
    {
        var nominator = Claims(await platform.Accounts.TokenAsync("nominator.united-front"));
        var department = Claims(await platform.Accounts.DepartmentSystemTokenAsync("taxation"));

        Assert.Equal("nominator", nominator.GetProperty("role").GetString());
        Assert.Equal("united-front", nominator.GetProperty("unit_code").GetString());
        Assert.Equal("department", department.GetProperty("role").GetString());
        Assert.Equal("taxation", department.GetProperty("department_code").GetString());
        Assert.Equal("jinning-api", department.GetProperty("aud").GetString());
    }

    [Fact]
    public async Task DiscoveryDocument_AndKeys_AreServedThroughTheGateway()
    {
        var discovery = await platform.Accounts.SendOkAsync(HttpMethod.Get, "/.well-known/openid-configuration", token: null!);
        var jwksUri = new Uri(discovery.GetProperty("jwks_uri").GetString()!);
        Assert.Equal(platform.Gateway.BaseAddress!.Port, jwksUri.Port);

        var keys = await platform.Accounts.SendOkAsync(HttpMethod.Get, jwksUri.PathAndQuery, token: null!);
        Assert.NotEmpty(keys.GetProperty("keys").EnumerateArray());
    }

    [Fact]
    public async Task DismissedSupervisor_ExistingTokenStopsWorking_AndCannotSignInAgain()
    {
        var supervisor = await platform.Accounts.AppointSupervisorAsync("赵六");
        var office = await platform.Accounts.TokenAsync("office");
        var before = await platform.Accounts.SendAsync(HttpMethod.Get, "/api/ticketing/issues", supervisor.Token);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        await platform.Accounts.SendOkAsync(HttpMethod.Post, $"/api/roster/supervisors/{supervisor.Id}/actions", office,
            new { kind = "termination", reasonCode = "discipline-violation", note = "违反工作纪律" });

        // The same token, refused by every service once the revocation has travelled.
        foreach (var path in new[] { "/api/ticketing/issues", "/api/notifications/inbox", $"/api/roster/supervisors/{supervisor.Id}" })
        {
            await Eventually.WaitForAsync(
                async () => (await platform.Accounts.SendAsync(HttpMethod.Get, path, supervisor.Token)).StatusCode,
                status => status == HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(30), $"{path} to refuse the revoked token");
        }
        var again = await platform.Accounts.PostTokenRequestAsync(PasswordGrant(supervisor.CertificateNumber, supervisor.Password));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Fact]
    public async Task RepeatedWrongPasswords_LockTheAccount_EvenForTheRightPassword()
    {
        var office = await platform.Accounts.TokenAsync("office");
        var userName = $"lockout.{Guid.NewGuid():N}"[..30];
        await platform.Accounts.SendOkAsync(HttpMethod.Post, "/api/identity/accounts", office,
            new { userName, displayName = "锁定测试", role = "discipline", password = "RightPassword2026" });

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var wrong = await platform.Accounts.PostTokenRequestAsync(PasswordGrant(userName, "WrongPassword2026"));
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }
        var right = await platform.Accounts.PostTokenRequestAsync(PasswordGrant(userName, "RightPassword2026"));

        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Contains("锁定", await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TokenEndpoint_HammeredFromOneAddress_IsRateLimitedWith429()
    {
        HttpResponseMessage? limited = null;
        for (var attempt = 0; attempt < 40 && limited is null; attempt++)
        {
            var response = await platform.Gateway.PostAsync("/connect/token",
                new FormUrlEncodedContent(PasswordGrant("nobody", "NotAPassword1")));
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = response;
            }
        }

        Assert.NotNull(limited);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(limited.Headers.RetryAfter);
        // Leave the window to the other tests.
        await Task.Delay(TimeSpan.FromSeconds(limited.Headers.RetryAfter!.Delta?.TotalSeconds ?? 5));
    }

    private static Dictionary<string, string> PasswordGrant(string userName, string password) => new()
    {
        ["grant_type"] = "password",
        ["username"] = userName,
        ["password"] = password,
    };

    private static JsonElement Claims(string jwt)
    {
        var payload = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=');
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload))).RootElement.Clone();
    }
}
