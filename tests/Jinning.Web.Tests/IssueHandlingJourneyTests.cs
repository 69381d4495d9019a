using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Jinning.Web.Tests;

/// <summary>
/// An issue handled across roles, each through its own screens: the office dispatches a supervisor's report (seeing the default
/// deadline first), the department signs for it and rectifies it with a file, the office reviews and gives feedback, and the
/// supervisor confirms on the phone.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class IssueHandlingJourneyTests(ConsoleFixture console)
{
    private const string Department = "market-regulation";
    private const string DepartmentName = "区市场监督管理局";

    [Fact]
    public async Task Office_DispatchesReport_DepartmentSignsForAndRectifiesWithFile_OfficeFeedsBack_SupervisorConfirms()
    {
        var report = await console.SupervisorReportsAsync("周明", "营业执照变更窗口要求提供法定以外的证明", "window-service");
        var office = await console.OpenAsync(Screen.Desktop);
        await office.SignInAsync("office", Accounts.DevelopmentPassword, "/office");

        // The board, as the dashboard links to it: registered issues, the new one among them, linked to its page.
        await office.GotoAsync("/office/issues?status=registered");
        await office.WaitForInteractiveAsync();
        await Assertions.Expect(office.Locator(".issue-board")).ToContainTextAsync(report.TrackingNumber);
        await office.ScreenshotAsync("office-issue-board");
        await office.AssertAccessibleAsync();
        await office.ClickAsync($"a.issue-number-link:text('{report.TrackingNumber}')");
        await office.WaitForURLAsync(new Regex($"/office/issues/{report.Id}$"));
        await office.WaitForInteractiveAsync();
        await Assertions.Expect(office.GetByTestId("tracking-number")).ToHaveTextAsync(report.TrackingNumber);
        await Assertions.Expect(office.GetByTestId("reporter")).ToContainTextAsync("周明");
        var html = await office.Context.APIRequest.GetAsync($"/office/issues/{report.Id}");
        Assert.Contains(report.TrackingNumber, await html.TextAsync());
        await office.AssertAccessibleAsync();
        await office.ScreenshotAsync("office-issue");

        // The dispatch dialog says the default deadline before anything is sent.
        await office.ClickAsync(".action-dispatch");
        var dialog = office.Locator(".dispatch-dialog");
        await Assertions.Expect(dialog.GetByTestId("default-deadline")).ToContainTextAsync("默认办理期限");
        await Assertions.Expect(dialog.GetByTestId("default-deadline")).ToContainTextAsync("转办 15 个工作日");
        await dialog.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(dialog.Locator(".ant-form-item-explain-error")).ToContainTextAsync("责任单位不存在或已停用");
        await dialog.Locator(".lead-unit-select").ClickAsync();
        await office.Locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option", new() { HasText = DepartmentName })
            .First.ClickAsync();
        await dialog.Locator("textarea").FillAsync("请核实窗口是否要求提供法定以外的证明，依法整改并反馈。");
        await dialog.Locator(".ant-modal-title").ClickAsync();
        await Assertions.Expect(dialog.GetByTestId("default-deadline")).ToBeVisibleAsync();
        await office.ScreenshotAsync("office-issue-dispatch");
        await dialog.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(office.Locator(".ant-message")).ToContainTextAsync($"已转办给{DepartmentName}");
        await Assertions.Expect(office.Locator(".issue-heading .tag-line")).ToContainTextAsync("已转办");

        // The department signs for it and rectifies it with a file, on its own screens.
        var department = await console.OpenAsync(Screen.Desktop);
        await department.SignInAsync($"dept.{Department}", Accounts.DevelopmentPassword, "/department");
        await department.WaitForInteractiveAsync();
        await Assertions.Expect(department.Locator(".sign-for-card")).ToContainTextAsync(report.TrackingNumber);
        await department.ScreenshotAsync("department-home");
        await department.AssertAccessibleAsync();
        await department.GotoAsync("/department/issues");
        await department.WaitForInteractiveAsync();
        await Assertions.Expect(department.Locator(".department-board")).ToContainTextAsync(report.TrackingNumber);
        await Assertions.Expect(department.Locator(".department-board")).ToContainTextAsync("剩");
        await department.ScreenshotAsync("department-issues");
        await department.AssertAccessibleAsync();
        await department.ClickAsync($"a.issue-number-link:text('{report.TrackingNumber}')");
        await department.WaitForURLAsync(new Regex($"/department/issues/{report.Id}$"));
        await department.WaitForInteractiveAsync();
        await Assertions.Expect(department.GetByTestId("reporter")).ToContainTextAsync("监督员-");
        await Assertions.Expect(department.GetByTestId("reporter")).Not.ToContainTextAsync("周明");
        await Assertions.Expect(department.Locator(".sign-for-alert")).ToContainTextAsync("签收时限");
        await department.AssertAccessibleAsync();
        await department.ClickAsync(".action-signfor");
        await department.ClickAsync(".ant-popover:not(.ant-popover-hidden) .ant-btn-primary");
        await Assertions.Expect(department.Locator(".issue-heading .tag-line")).ToContainTextAsync("已签收");

        await department.ClickAsync(".action-rectify");
        var rectify = department.Locator(".rectify-dialog");
        await rectify.Locator("textarea").First.FillAsync("经核查，窗口要求提供的“无犯罪记录证明”不属于法定材料，已责令改正并对窗口人员批评教育。");
        await rectify.Locator("input[type=file]").SetInputFilesAsync(Browsing.Photo("整改通知书.png"));
        await Assertions.Expect(rectify.Locator(".photo-item")).ToHaveCountAsync(1);
        await department.ScreenshotAsync("department-issue-rectify");
        await rectify.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(department.Locator(".ant-message")).ToContainTextAsync("整改报告已提交，附件 1 个", new() { Timeout = 60_000 });
        await Assertions.Expect(department.Locator(".issue-heading .tag-line")).ToContainTextAsync("已整改");
        await Assertions.Expect(department.Locator(".attachment-list")).ToContainTextAsync("整改通知书.png");
        await department.ScreenshotAsync("department-issue");
        await department.GotoAsync("/department/deliveries");
        await department.WaitForInteractiveAsync();
        await Assertions.Expect(department.Locator("h1")).ToHaveTextAsync("投递记录");
        await department.ScreenshotAsync("department-deliveries");
        await department.AssertAccessibleAsync();

        // The office reviews the rectification, downloads its evidence through the console, and reports back.
        await office.ReloadAsync();
        await office.WaitForInteractiveAsync();
        await Assertions.Expect(office.GetByTestId("rectification")).ToContainTextAsync("已责令改正");
        var download = await office.RunAndWaitForDownloadAsync(() => office.ClickAsync(".attachment-list a"));
        Assert.Equal("整改通知书.png", download.SuggestedFilename);
        await office.ClickAsync(".action-review");
        await office.Locator(".issue-dialog button[type=submit]").ClickAsync();
        await Assertions.Expect(office.Locator(".issue-heading .tag-line")).ToContainTextAsync("已审核");
        await office.ClickAsync(".action-feedback");
        await Assertions.Expect(office.Locator(".issue-dialog textarea")).ToHaveValueAsync(new Regex("已责令改正"));
        await office.Locator(".issue-dialog button[type=submit]").ClickAsync();
        await Assertions.Expect(office.Locator(".issue-heading .tag-line")).ToContainTextAsync("已反馈");
        await Assertions.Expect(office.Locator(".history-timeline")).ToContainTextAsync("审核整改");
        await office.ScreenshotAsync("office-issue-feedback-given");

        // The supervisor confirms on the phone, and the issue is closed.
        var phone = await console.OpenAsync(Screen.Phone);
        await phone.SignInAsync(report.Supervisor.CertificateNumber, report.Supervisor.Password, "/supervisor");
        await phone.GotoAsync($"/supervisor/issues/{report.Id}");
        await phone.WaitForInteractiveAsync();
        await phone.ClickAsync("button:has-text('确认办结并评价')");
        await phone.Locator(".reply-form .ant-rate-star").Nth(4).ClickAsync();
        await phone.ClickAsync("button:has-text('提交评价')");
        await Assertions.Expect(phone.Locator(".tag-line")).ToContainTextAsync("已办结");

        await office.ReloadAsync();
        await office.WaitForInteractiveAsync();
        await Assertions.Expect(office.Locator(".issue-heading .tag-line")).ToContainTextAsync("已办结");
        await Assertions.Expect(office.Locator(".action-expose")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Office_RegistersHotlineComplaint_SeesQueryCodeOnce_AndItsPagesFitAPhone()
    {
        var page = await console.OpenAsync(Screen.Desktop);
        await page.SignInAsync("office", Accounts.DevelopmentPassword, "/office");
        await page.GotoAsync("/office/register");
        await page.WaitForInteractiveAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("office-register");

        await page.FillAsync("input[aria-label=投诉人姓名]", "李女士");
        await page.FillAsync("input[aria-label=联系电话]", "13800002222");
        await page.FillAsync("input[aria-label=标题]", "不动产登记窗口午休时间无人值守");
        await page.FillAsync(".register-form textarea", "来电反映：11 月 25 日中午 12 点到不动产登记窗口办理业务，窗口无人，等候一小时。");
        await page.ClickAsync(".register-form button[type=submit]");
        var tracking = page.GetByTestId("tracking-number");
        await Assertions.Expect(tracking).ToHaveTextAsync(new Regex(@"^WT-\d{8}-\d{4}$"), new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("query-code")).ToHaveTextAsync(new Regex("^[A-Z0-9]{10}$"));
        await page.ScreenshotAsync("office-registered");

        await page.ClickAsync("a:has-text('进入办理')");
        await page.WaitForURLAsync(new Regex("/office/issues/[0-9a-f-]{36}$"));
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("reporter")).ToContainTextAsync("13800002222");
        await page.ClickAsync(".identity-views-tab, .ant-tabs-tab:has-text('报告人身份查看记录')");
        await Assertions.Expect(page.Locator(".identity-view-table")).ToContainTextAsync("查看问题详情");

        // The office's screens are for a desk, but do not break on a phone.
        var phone = await console.OpenAsync(Screen.Phone);
        await phone.SignInAsync("office", Accounts.DevelopmentPassword, "/office");
        foreach (var (path, name) in new[] { ("/office/issues", "office-issue-board"), (new Uri(page.Url).AbsolutePath, "office-issue") })
        {
            await phone.GotoAsync(path);
            await phone.WaitForInteractiveAsync();
            await Assertions.Expect(phone.Locator("h1").First).ToBeVisibleAsync();
            await phone.ScreenshotAsync(name);
            var overflow = await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{path} is {overflow}px wider than the phone");
        }
    }
}
