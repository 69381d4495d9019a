using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Jinning.Web.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class SupervisorJourneyTests(ConsoleFixture console)
{
    [Fact]
    public async Task Supervisor_ActivatesAndReportsIssueWithPhoto_SeesTrackingNumber()
    {
        var appointment = await AppointWithoutActivationAsync("王晓燕");
        var page = await console.OpenAsync(Screen.Phone);

        // First sign-in: certificate number, activation code, a new password and the Art. 7 pledge.
        await page.GotoAsync("/activate");
        await Assertions.Expect(page.Locator(".pledge")).ToContainTextAsync("不准接受被监督单位赠送的礼物");
        await page.FillAsync("#certificateNumber", appointment.CertificateNumber);
        await page.FillAsync("#activationCode", appointment.ActivationCode);
        await page.FillAsync("#password", "Jinning2026supervisor");
        await page.FillAsync("#confirmPassword", "Jinning2026supervisor");
        await page.ClickAsync("form.plain-form button[type=submit]");
        await Assertions.Expect(page.Locator(".validation-message")).ToContainTextAsync("须阅读并承诺遵守组织纪律");
        await page.CheckAsync("#pledgeAccepted");
        await page.ClickAsync("form.plain-form button[type=submit]");

        // Then the identity service's login page, which already knows who is coming.
        await page.WaitForURLAsync(new Regex("/account/login"));
        await Assertions.Expect(page.Locator("#username")).ToHaveValueAsync(appointment.CertificateNumber);
        await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync("账户已激活");
        await page.ScreenshotAsync("identity-login");
        await page.AssertAccessibleAsync();
        await page.FillAsync("#password", "Jinning2026supervisor");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(new Regex("/supervisor$"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("王晓燕");
        await page.WaitForInteractiveAsync();
        await page.ScreenshotAsync("supervisor-home");

        await page.ClickAsync(".big-action");
        await page.WaitForURLAsync(new Regex("/supervisor/report$"));
        await page.WaitForSelectorAsync(".report-form-ready");
        await page.ClickAsync(".category-choice >> text=行政审批");
        await page.FillAsync("input[placeholder^=一句话概括]", "施工许可审批超出承诺时限");
        await page.FillAsync("textarea", "某项目施工许可申请已受理 25 个工作日，超出服务承诺的 15 个工作日，窗口未说明原因。");
        await page.SetInputFilesAsync("input[type=file]", Browsing.Photo());
        await Assertions.Expect(page.Locator(".photo-item")).ToHaveCountAsync(1);
        await page.ScreenshotAsync("supervisor-report");
        await page.ClickAsync(".report-form button[type=submit]");

        await page.WaitForURLAsync(new Regex(@"/supervisor/issues/[0-9a-f-]{36}\?reported=1&failedPhotos=0$"), new() { Timeout = 60_000 });
        var tracking = page.GetByTestId("tracking-number");
        await Assertions.Expect(tracking).ToHaveTextAsync(new Regex(@"^WT-\d{8}-\d{4}$"));
        await Assertions.Expect(page.Locator(".detail-card").Last).ToContainTextAsync("现场照片.png");
        await page.ScreenshotAsync("supervisor-issue");
        await page.AssertAccessibleAsync();

        // What the page said is what the API holds: the issue, its reporter and its photo.
        var office = await console.Platform.Accounts.TokenAsync("office");
        var issueId = page.Url.Split('/').Last().Split('?')[0];
        var issue = await console.Platform.Accounts.SendOkAsync(HttpMethod.Get, $"/api/ticketing/issues/{issueId}", office);
        Assert.Equal(await tracking.TextContentAsync(), issue.GetProperty("trackingNumber").GetString());
        Assert.Equal(appointment.SupervisorId, issue.GetProperty("reporterSupervisorId").GetGuid());
        var attachments = await console.Platform.Accounts.SendOkAsync(HttpMethod.Get, $"/api/ticketing/issues/{issueId}/attachments", office);
        Assert.Equal("现场照片.png", attachments[0].GetProperty("fileName").GetString());

        // The server-rendered page carries the tracking number in the HTML it sends.
        var html = await page.Context.APIRequest.GetAsync($"/supervisor/issues/{issueId}");
        Assert.Contains((await tracking.TextContentAsync())!, await html.TextAsync());

        await page.SignOutAsync();
        await page.GotoAsync("/supervisor");
        await page.WaitForURLAsync(new Regex("/account/login"));
    }

    [Fact]
    public async Task Supervisor_PhonePages_AreAccessibleAndFitTheScreen()
    {
        var supervisor = await console.Platform.Accounts.AppointSupervisorAsync("赵国强");
        var page = await console.OpenAsync(Screen.Phone);
        await page.SignInAsync(supervisor.CertificateNumber, supervisor.Password, "/supervisor");

        foreach (var (path, name) in new[]
        {
            ("/supervisor", "supervisor-home"), ("/supervisor/report", "supervisor-report-empty"),
            ("/supervisor/half-year", "supervisor-half-year"), ("/supervisor/inbox", "supervisor-inbox"), ("/supervisor/file", "supervisor-file"),
        })
        {
            await page.GotoAsync(path);
            await page.WaitForInteractiveAsync();
            await Assertions.Expect(page.Locator("h1").First).ToBeVisibleAsync();
            await page.ScreenshotAsync(name);
            await page.AssertAccessibleAsync();
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{path} is {overflow}px wider than the phone");
            var smallTargets = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('.area-tab, .big-action, button.inbox-head')]" +
                ".filter(e => e.getBoundingClientRect().height < 44).map(e => e.textContent.trim())");
            Assert.Empty(smallTargets);
        }
    }

    [Fact]
    public async Task Supervisor_OpeningTheOfficeArea_GetsThe403Page()
    {
        var supervisor = await console.Platform.Accounts.AppointSupervisorAsync("孙丽");
        var page = await console.OpenAsync(Screen.Phone);
        await page.SignInAsync(supervisor.CertificateNumber, supervisor.Password, "/supervisor");

        var response = await page.GotoAsync("/office");
        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.Locator(".ant-result-title")).ToContainTextAsync("无权访问");
        await page.ScreenshotAsync("forbidden");
    }

    private async Task<(Guid SupervisorId, string CertificateNumber, string ActivationCode)> AppointWithoutActivationAsync(string name)
    {
        var accounts = console.Platform.Accounts;
        var nominator = await accounts.TokenAsync("nominator.united-front");
        var office = await accounts.TokenAsync("office");
        var nomination = await accounts.SendOkAsync(HttpMethod.Post, "/api/roster/nominations", nominator, new
        {
            name, idNumber = "530122198502024321", phone = "13900000000", email = "supervisor@example.com",
            workplace = "晋宁区某商会", background = "chamber-of-commerce", smallOrMediumEnterprise = false, statement = "愿意监督。",
        });
        var id = nomination.GetProperty("id").GetGuid();
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/roster/nominations/{id}/vetting", office, new { conditionsMet = true, disqualifiers = Array.Empty<object>() });
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/roster/nominations/{id}/approve", office);
        var appointment = await accounts.SendOkAsync(HttpMethod.Post, $"/api/roster/nominations/{id}/appoint", office, new { });
        var certificate = appointment.GetProperty("certificateNumber").GetString()!;
        // The sign-in is made from the SupervisorAppointed message: wait until identity has the account.
        await Jinning.Testing.Eventually.WaitForAsync(
            async () => (await accounts.SendOkAsync(HttpMethod.Get, "/api/identity/accounts?role=supervisor&pageSize=100", office))
                .GetProperty("items").EnumerateArray().Any(a => a.GetProperty("userName").GetString() == certificate),
            exists => exists, TimeSpan.FromSeconds(30), "the supervisor's account to exist");
        return (appointment.GetProperty("supervisorId").GetGuid(), certificate, appointment.GetProperty("activationCode").GetString()!);
    }
}
