using System.Text.RegularExpressions;
using Jinning.ServiceDefaults;
using Microsoft.Playwright;

namespace Jinning.Web.Tests;

/// <summary>Half-year work read and forwarded by the office; training material read on a supervisor's phone.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class DutiesJourneyTests(ConsoleFixture console)
{
    [Fact]
    public async Task Office_ReadsAHalfYearSubmission_AndForwardsItToADepartment_SeesTheTrackingNumber()
    {
        var accounts = console.Platform.Accounts;
        var (period, start) = CurrentHalfYear();
        var supervisor = await accounts.AppointSupervisorAsync("周海燕", start);
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/roster/duties/half-years/{period}/submissions", supervisor.Token, new
        {
            ledger = "9月在昆阳街道宣讲《优化营商环境条例》两次，收集企业意见 8 条。",
            suggestionTitle = "关于缩短小微企业开办时间的建议",
            suggestion = "建议将企业开办的印章刻制、税务登记并入一窗办理，办理时间压缩至 1 个工作日。",
        });

        var office = await console.OpenAsync(Screen.Desktop);
        await office.SignInAsync("office", Accounts.DevelopmentPassword, "/office");
        await office.GotoAsync("/office/half-year");
        await office.WaitForInteractiveAsync();
        await Assertions.Expect(office.Locator(".duty-table")).ToContainTextAsync("周海燕");
        await office.ScreenshotAsync("office-half-year");
        await office.AssertAccessibleAsync();

        await office.ClickAsync(".duty-table tr:has-text('周海燕') .read-submission");
        await office.WaitForURLAsync(new Regex($@"/office/half-year/{period}/[0-9a-f-]{{36}}$"));
        await office.WaitForInteractiveAsync();
        await Assertions.Expect(office.Locator(".suggestion-text")).ToContainTextAsync("一窗办理");
        await Assertions.Expect(office.Locator(".ledger-text")).ToContainTextAsync("昆阳街道");
        await office.CheckAsync(".forward-card label:has-text('区市场监督管理局') input");
        await office.FillAsync("#forwardNote", "请研究企业开办环节合并的可行性。");
        await office.ClickAsync(".forward-button");
        await office.ConfirmAsync();

        var number = office.Locator(".forwarded-list li", new() { HasText = "区市场监督管理局" }).Locator(".forwarded-number");
        await Assertions.Expect(number).ToHaveTextAsync(new Regex(@"^WT-\d{8}-\d{4}$"), new() { Timeout = 90_000 });
        await office.ScreenshotAsync("office-submission");
        await office.AssertAccessibleAsync();

        // The number shown is the suggestion issue ticketing opened for that department.
        var officeToken = await accounts.TokenAsync("office");
        var issues = await accounts.SendOkAsync(HttpMethod.Get, $"/api/ticketing/issues?q={await number.TextContentAsync()}", officeToken);
        var issue = Assert.Single(issues.GetProperty("items").EnumerateArray());
        Assert.Equal("suggestion", issue.GetProperty("type").GetString());
        Assert.Equal("market-regulation", issue.GetProperty("departmentCode").GetString());
    }

    [Fact]
    public async Task Supervisor_ReadsTrainingMaterialOnThePhone_TheOfficeSeesTheReadReceipt()
    {
        var accounts = console.Platform.Accounts;
        var supervisor = await accounts.AppointSupervisorAsync("吴建华");
        var officeToken = await accounts.TokenAsync("office");
        var training = await accounts.SendOkAsync(HttpMethod.Post, "/api/roster/trainings", officeToken, new
        {
            title = "《云南省优化营商环境办法》学习要点",
            material = "一、市场主体平等保护。\n二、政务服务“一网通办”。\n三、监督员发现问题应及时报告区营商环境办。",
        });
        var trainingId = training.GetProperty("id").GetGuid();

        var phone = await console.OpenAsync(Screen.Phone);
        await phone.SignInAsync(supervisor.CertificateNumber, supervisor.Password, "/supervisor");
        await phone.GotoAsync("/supervisor/file");
        await phone.WaitForInteractiveAsync();
        await phone.ClickAsync(".duty-link >> text=学习资料");
        await phone.WaitForURLAsync(new Regex("/supervisor/trainings$"));
        await Assertions.Expect(phone.Locator("h1").First).ToHaveTextAsync("学习资料");
        await Assertions.Expect(phone.Locator($"a[href='/supervisor/trainings/{trainingId}']")).ToBeVisibleAsync();
        await phone.ScreenshotAsync("supervisor-trainings");
        await phone.AssertAccessibleAsync();
        await phone.ClickAsync($"a[href='/supervisor/trainings/{trainingId}']");
        await phone.WaitForURLAsync(new Regex($"/supervisor/trainings/{trainingId}$"));
        await phone.WaitForInteractiveAsync();
        await Assertions.Expect(phone.Locator(".training-material")).ToContainTextAsync("一网通办");
        await phone.ClickAsync(".read-button");
        await Assertions.Expect(phone.GetByTestId("read-receipt")).ToContainTextAsync("回执已送区营商环境办");
        await phone.ScreenshotAsync("supervisor-training");
        await phone.AssertAccessibleAsync();
        await phone.AssertFitsTheScreenAsync();

        var office = await console.OpenAsync(Screen.Desktop);
        await office.SignInAsync("office", Accounts.DevelopmentPassword, "/office");
        await office.GotoAsync($"/office/activities/trainings/{trainingId}");
        await office.WaitForInteractiveAsync();
        await Assertions.Expect(office.Locator(".read-list")).ToContainTextAsync("吴建华");
        await office.ScreenshotAsync("office-training");
        await office.AssertAccessibleAsync();
    }

    private static (string Period, DateOnly Start) CurrentHalfYear()
    {
        var today = DistrictClock.Today(DateTimeOffset.UtcNow);
        var start = new DateOnly(today.Year, today.Month <= 6 ? 1 : 7, 1);
        return ($"{today.Year}-H{(today.Month <= 6 ? 1 : 2)}", start);
    }
}
