using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Jinning.Web.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class SignInTests(ConsoleFixture console)
{
    [Fact]
    public async Task DepartmentToken_NeverReachesThePageOrTheBrowsersStorage()
    {
        var page = await console.OpenAsync(Screen.Desktop);
        await page.SignInAsync("dept.market-regulation", Accounts.DevelopmentPassword, "/department");
        await page.WaitForInteractiveAsync();
        await page.ScreenshotAsync("department-home");

        // The console called the API for this person (the counts loaded), yet no token is anywhere the browser can read.
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "待签收" })).ToBeVisibleAsync();
        var html = await page.ContentAsync();
        var storage = await page.EvaluateAsync<string>(
            "() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie })");
        var cookies = await page.Context.CookiesAsync();
        foreach (var (where, text) in new[] { ("page source", html), ("storage", storage) }
                     .Concat(cookies.Select(c => ($"cookie {c.Name}", c.Value))))
        {
            // Every JWT starts with the base64 of '{"': eyJ.
            Assert.DoesNotContain("eyJ", text);
            Assert.DoesNotContain("access_token", text);
        }
        Assert.All(cookies.Where(c => c.Name is "jinning.console" or "jinning.sso"), c => Assert.True(c.HttpOnly, $"{c.Name} must be HttpOnly"));
    }

    [Fact]
    public async Task EachRole_LandsInItsOwnArea_WithItsNameAndRole()
    {
        foreach (var (user, area, role) in new[]
        {
            ("office", "/office", "区营商环境办"), ("discipline", "/discipline", "区纪委区监委"),
            ("nominator.federation-commerce", "/nominator", "推荐单位"), ("dept.taxation", "/department", "责任单位"),
        })
        {
            var page = await console.OpenAsync(Screen.Desktop);
            await page.SignInAsync(user, Accounts.DevelopmentPassword, area);
            await page.WaitForInteractiveAsync();
            await Assertions.Expect(page.Locator(".area-user")).ToContainTextAsync(role);
            await page.ScreenshotAsync($"area{area.Replace('/', '-')}");
            await page.AssertAccessibleAsync();
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Session_OutlivesItsAccessToken_TheConsoleRefreshesIt()
    {
        var page = await console.OpenAsync(Screen.Desktop);
        await page.SignInAsync("office", Accounts.DevelopmentPassword, "/office");
        await Assertions.Expect(page.Locator(".issue-list-card .ant-card-extra")).ToContainTextAsync("共");

        // Past the first access token's whole life and the services' 30 s clock skew: only a refreshed token works now.
        await Task.Delay(ConsoleFixture.AccessTokenLifetime + TimeSpan.FromSeconds(35));
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        Assert.EndsWith("/office", page.Url);
        await Assertions.Expect(page.Locator(".issue-list-card .ant-card-extra")).ToContainTextAsync("共");
        await Assertions.Expect(page.Locator(".issue-list-card .ant-alert-error")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task DisabledAccount_IsThrownOutAtItsNextRequest()
    {
        var office = await console.Platform.Accounts.TokenAsync("office");
        var created = await console.Platform.Accounts.SendOkAsync(HttpMethod.Post, "/api/identity/accounts", office, new
        {
            userName = "nominator.test-unit", displayName = "测试推荐单位", role = "nominator", unitCode = "united-front", password = "Nominator2026pass",
        });
        var page = await console.OpenAsync(Screen.Desktop);
        await page.SignInAsync("nominator.test-unit", "Nominator2026pass", "/nominator");

        await console.Platform.Accounts.SendOkAsync(HttpMethod.Post, $"/api/identity/accounts/{created.GetProperty("id").GetGuid()}/disable", office,
            new { reason = "测试停用" });

        // SignInRevoked reaches the console through the broker; the very next request after it is refused.
        await Jinning.Testing.Eventually.WaitForAsync(async () =>
        {
            try
            {
                await page.GotoAsync("/nominator");
            }
            catch (PlaywrightException exception) when (exception.Message.Contains("interrupted by another navigation"))
            {
                // Thrown out: the console sent the browser on to the sign-in page before this navigation finished.
                await page.WaitForURLAsync(new Regex("/account/login"));
            }
            return page.Url;
        }, url => new Regex("/account/login").IsMatch(url), TimeSpan.FromSeconds(30), "the disabled account to be signed out");
    }
}
