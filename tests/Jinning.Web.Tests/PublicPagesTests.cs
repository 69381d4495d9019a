using System.Net;
using Microsoft.Playwright;

namespace Jinning.Web.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class PublicPagesTests(ConsoleFixture console)
{
    [Fact]
    public async Task Citizen_FilesComplaint_SeesTrackingNumber()
    {
        var page = await console.OpenAsync(Screen.Desktop);
        await page.GotoAsync("/complaints/new");
        await page.AssertAccessibleAsync();

        // Sent empty first: the Chinese message stands beside the field, and nothing is filed.
        await page.ClickAsync("form.plain-form button[type=submit]");
        await Assertions.Expect(page.Locator(".validation-message").First).ToContainTextAsync("请填写标题");

        await page.SelectOptionAsync("#category", "window-service");
        await page.FillAsync("#title", "政务大厅窗口多次要求补交同一份材料");
        await page.FillAsync("#description", "11月20日在政务服务中心办理食品经营许可，窗口工作人员三次要求补交同一份租赁合同。");
        await page.FillAsync("#place", "晋宁区政务服务中心");
        await page.FillAsync("#contactPhone", "13800001111");
        await page.ClickAsync("form.plain-form button[type=submit]");

        var tracking = page.GetByTestId("tracking-number");
        await Assertions.Expect(tracking).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^WT-\d{8}-\d{4}$"));
        await page.ScreenshotAsync("complaint-filed");

        // The office sees the complaint the citizen filed, with the contact left for the callback.
        var office = await console.Platform.Accounts.TokenAsync("office");
        var number = await tracking.TextContentAsync();
        var issues = await console.Platform.Accounts.SendOkAsync(HttpMethod.Get, $"/api/ticketing/issues?q={number}", office);
        Assert.Equal(1, issues.GetProperty("total").GetInt32());
        Assert.Equal("public-web", issues.GetProperty("items")[0].GetProperty("source").GetString());

        // The query code, shown once, lets the citizen follow the complaint; a wrong one says so in words.
        var code = await page.GetByTestId("query-code").TextContentAsync();
        await page.GotoAsync($"/complaints/track?trackingNumber={number}");
        await Assertions.Expect(page.Locator("#trackingNumber")).ToHaveValueAsync(number!);
        await page.FillAsync("#code", "WRONG1");
        await page.ClickAsync("form.plain-form button[type=submit]");
        await Assertions.Expect(page.Locator(".form-alert")).ToContainTextAsync("投诉编号或查询码不正确");
        await page.FillAsync("#code", code!);
        await page.ClickAsync("form.plain-form button[type=submit]");
        await Assertions.Expect(page.Locator(".result-card")).ToContainTextAsync("投诉已受理");
        await page.ScreenshotAsync("complaint-tracked");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task ComplaintForm_WithoutItsAntiforgeryToken_IsRefused()
    {
        using var http = new HttpClient { BaseAddress = new Uri(console.BaseUrl) };
        var response = await http.PostAsync("/complaints/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "complaint",
            ["Input.Title"] = "伪造的表单",
            ["Input.Description"] = "没有防伪令牌。",
            ["Input.Category"] = "other",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Anyone_VerifiesCertificate_SeesItValidWithNameAndTerm()
    {
        var supervisor = await console.Platform.Accounts.AppointSupervisorAsync("李明华");
        var page = await console.OpenAsync(Screen.Phone);

        await page.GotoAsync($"/certificates/{supervisor.CertificateNumber}");
        var result = page.GetByTestId("certificate-result");
        await Assertions.Expect(result).ToContainTextAsync("聘书有效");
        await Assertions.Expect(result).ToContainTextAsync("李明华");
        await Assertions.Expect(result).ToContainTextAsync(supervisor.CertificateNumber);
        await page.ScreenshotAsync("certificate-valid");
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/certificates");
        await page.FillAsync("#number", "JN-1999-9999");
        await page.ClickAsync(".inline-form button[type=submit]");
        await Assertions.Expect(page.Locator(".ant-result-title")).ToHaveTextAsync("查无此聘书");
    }

    [Theory]
    [InlineData("/", "home")]
    [InlineData("/roster", "roster")]
    [InlineData("/roster/2026", "roster-year")]
    [InlineData("/cases", "cases")]
    [InlineData("/notices", "notices")]
    [InlineData("/complaints/new", "complaint-form")]
    [InlineData("/complaints/track", "complaint-track")]
    [InlineData("/activate", "activate")]
    [InlineData("/certificates", "certificates")]
    public async Task PublicPage_IsChineseAccessibleAndWorksWithoutJavaScript(string path, string name)
    {
        foreach (var screen in new[] { Screen.Desktop, Screen.Phone })
        {
            var page = await console.OpenAsync(screen);
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));
            await Assertions.Expect(page.Locator("h1").First).ToBeVisibleAsync();
            await page.ScreenshotAsync($"public-{name}");
            await page.AssertAccessibleAsync();
            // Nothing wider than the phone's screen: no sideways scrolling at 375 px.
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{path} is {overflow}px wider than the {screen} screen");
        }

        // Server-rendered: the same page without JavaScript still has its content.
        var context = await console.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = console.BaseUrl, JavaScriptEnabled = false });
        var plain = await context.NewPageAsync();
        await plain.GotoAsync(path);
        await Assertions.Expect(plain.Locator("h1").First).ToBeVisibleAsync();
        await context.DisposeAsync();
    }
}
