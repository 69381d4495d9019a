using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Jinning.Web.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class OfficeAdministrationTests(ConsoleFixture console)
{
    [Fact]
    public async Task Office_MarksAHolidayAndAMakeUpDayInTheCalendar_TheApiReturnsThem()
    {
        // A year no other journey computes deadlines in.
        const int year = 2098;
        var page = await console.OpenAsync(Screen.Desktop);
        await page.SignInAsync("office", Accounts.DevelopmentPassword, "/office");
        await page.GotoAsync($"/office/calendar?year={year}");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("calendar-year")).ToHaveTextAsync($"{year}年");

        var holiday = page.Locator("button[data-date='2098-05-01']"); // a Thursday
        await holiday.ClickAsync();
        await Assertions.Expect(holiday).ToHaveClassAsync(new Regex("holiday"));
        await Assertions.Expect(holiday).ToHaveAccessibleNameAsync(new Regex(@"5月\s*1\s*日 星期四，法定节假日"));
        var makeUp = page.Locator("button[data-date='2098-04-26']"); // a Saturday, worked in exchange
        await makeUp.ClickAsync();
        await makeUp.ClickAsync();
        await Assertions.Expect(makeUp).ToHaveClassAsync(new Regex("makeup"));
        await page.GetByRole(AriaRole.Button, new() { Name = $"保存{year}年日历" }).ClickAsync();
        await Assertions.Expect(page.Locator(".ant-message")).ToContainTextAsync($"已保存{year}年日历：节假日 1 天，调休上班 1 天");
        await page.ScreenshotAsync("office-calendar");
        await page.AssertAccessibleAsync();

        var office = await console.Platform.Accounts.TokenAsync("office");
        var calendar = await console.Platform.Accounts.SendOkAsync(HttpMethod.Get, $"/api/ticketing/calendar/{year}", office);
        Assert.Equal(["2098-05-01"], calendar.GetProperty("holidays").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(["2098-04-26"], calendar.GetProperty("makeUpWorkdays").EnumerateArray().Select(d => d.GetString()));

        // Opened again, the page shows what was saved.
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("button[data-date='2098-05-01']")).ToHaveClassAsync(new Regex("holiday"));
        await Assertions.Expect(page.Locator(".calendar-summary")).ToContainTextAsync("5月1日");
    }

    [Fact]
    public async Task Office_CreatesDisablesAndEnablesAnAccount_AndThePasswordShownOnceSignsIn()
    {
        var userName = $"office.clerk{Random.Shared.Next(100_000, 999_999)}";
        var page = await console.OpenAsync(Screen.Desktop);
        await page.SignInAsync("office", Accounts.DevelopmentPassword, "/office");
        await page.GotoAsync("/office/accounts");
        await page.WaitForInteractiveAsync();

        await page.GetByText("新增账户", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("名称").First.FillAsync("李红（区营商环境办）");
        var password = await page.GetByLabel("初始密码").InputValueAsync();
        Assert.Matches("^(?=.*[A-Za-z])(?=.*[0-9]).{10,}$", password);
        await page.GetByRole(AriaRole.Button, new() { Name = "创建账户" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("one-time-password")).ToContainTextAsync(password);
        var row = page.Locator($"tr[data-account='{userName}']");
        await Assertions.Expect(row).ToContainTextAsync("正常");
        await page.ScreenshotAsync("office-accounts");
        await page.AssertAccessibleAsync();

        await row.GetByRole(AriaRole.Button, new() { Name = "停用" }).ClickAsync();
        await page.ConfirmAsync("停用");
        await Assertions.Expect(row).ToContainTextAsync("已停用");
        await Assertions.Expect(page.Locator(".ant-message")).ToContainTextAsync("其登录已失效");
        var accounts = console.Platform.Accounts;
        var refused = await accounts.PostTokenRequestAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["username"] = userName, ["password"] = password,
        });
        Assert.False(refused.IsSuccessStatusCode, "a disabled account must not get a token");

        await row.GetByRole(AriaRole.Button, new() { Name = "启用" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("正常");

        // The person signs in with the password shown once.
        var clerk = await console.OpenAsync(Screen.Desktop);
        await clerk.SignInAsync(userName, password, "/office");
    }

    [Fact]
    public async Task Office_WrongDepartmentCode_IsToldBesideTheField()
    {
        var page = await console.OpenAsync(Screen.Desktop);
        await page.SignInAsync("office", Accounts.DevelopmentPassword, "/office");
        await page.GotoAsync("/office/accounts");
        await page.WaitForInteractiveAsync();
        await page.GetByLabel("单位代码").FillAsync("Market Regulation");
        await page.GetByLabel("单位名称").FillAsync("区某局");
        await page.GetByRole(AriaRole.Button, new() { Name = "新增单位" }).ClickAsync();
        await Assertions.Expect(page.Locator(".ant-form-item-explain-error").First).ToContainTextAsync("小写字母");
        await Assertions.Expect(page.GetByTestId("departments")).ToContainTextAsync("市场监督管理局");
    }

    [Fact]
    public async Task Office_DeliveriesPage_ListsDeliveriesAndRegistersAWebhook()
    {
        var page = await console.OpenAsync(Screen.Desktop);
        await page.SignInAsync("office", Accounts.DevelopmentPassword, "/office");
        await page.GotoAsync("/office/deliveries");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("通知投递");

        await page.GetByText("登记 Webhook", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("地址（URL）").FillAsync("https://wechat-gateway.example.gov.cn/jinning/notify");
        await page.GetByLabel("说明").FillAsync("微信消息网关");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("webhooks")).ToContainTextAsync("wechat-gateway.example.gov.cn");
        await Assertions.Expect(page.GetByTestId("webhooks")).ToContainTextAsync("区营商环境办");

        await page.Locator("#deliveries-status").SelectOptionAsync("dead");
        await Assertions.Expect(page.Locator("#deliveries-heading ~ .ant-alert")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("office-deliveries");
        await page.AssertAccessibleAsync();

        var phone = await console.OpenAsync(Screen.Phone);
        await phone.SignInAsync("office", Accounts.DevelopmentPassword, "/office");
        foreach (var (path, name) in new[] { ("/office/deliveries", "office-deliveries"), ("/office/accounts", "office-accounts"),
                     ("/office/calendar", "office-calendar") })
        {
            await phone.GotoAsync(path);
            await phone.WaitForInteractiveAsync();
            await Assertions.Expect(phone.Locator("h1")).ToBeVisibleAsync();
            await phone.AssertFitsTheScreenAsync();
            await phone.ScreenshotAsync(name);
        }
    }
}
