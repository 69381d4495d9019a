using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Jinning.Web.Tests;

/// <summary>The office's people screens at a desk and on a phone, and the supervisors' duty pages on a phone.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class PeopleScreensTests(ConsoleFixture console)
{
    [Fact]
    public async Task Supervisor_ReportsATaskResult_AndDeclaresAPublicStatement_OnThePhone_TheOfficeDecidesIt()
    {
        var accounts = console.Platform.Accounts;
        var supervisor = await accounts.AppointSupervisorAsync("郑晓梅");
        var officeToken = await accounts.TokenAsync("office");
        var task = await accounts.SendOkAsync(HttpMethod.Post, "/api/roster/tasks", officeToken, new
        {
            kind = "mystery-visit", title = "政务服务大厅窗口明察暗访", description = "11月内以办事群众身份到区政务服务中心办理一项业务，记录等候时间和服务态度。",
            assignedSupervisorIds = new[] { supervisor.Id },
        });
        var taskId = task.GetProperty("id").GetGuid();

        var phone = await console.OpenAsync(Screen.Phone);
        await phone.SignInAsync(supervisor.CertificateNumber, supervisor.Password, "/supervisor");
        await CheckPhonePageAsync(phone, "/supervisor/file", "supervisor-file-duties");
        await CheckPhonePageAsync(phone, "/supervisor/tasks", "supervisor-tasks");
        await phone.ClickAsync($"a[href='/supervisor/tasks/{taskId}']");
        await phone.WaitForInteractiveAsync();
        await phone.ClickAsync(".report-result-button");
        await Assertions.Expect(phone.Locator(".field-error")).ToContainTextAsync("请填写任务结果");
        await phone.FillAsync("#taskResult", "11月20日上午到政务服务中心办理营业执照变更，等候 12 分钟，窗口人员一次性告知所需材料。");
        await phone.ClickAsync(".report-result-button");
        await Assertions.Expect(phone.Locator(".task-result")).ToContainTextAsync("等候 12 分钟");
        await phone.ScreenshotAsync("supervisor-task");
        await phone.AssertAccessibleAsync();

        await CheckPhonePageAsync(phone, "/supervisor/declarations", "supervisor-declarations");
        await phone.ClickAsync(".category-choice >> text=以监督员身份公开发表言论");
        await phone.FillAsync("#declarationSummary", "接受晋宁融媒体采访，介绍义务监督员工作");
        await phone.FillAsync("#declarationDetails", "拟于下周接受采访，介绍监督员如何收集企业意见，不涉及具体案件。");
        await phone.ClickAsync(".detail-card form button[type=submit]");
        await Assertions.Expect(phone.Locator(".declaration-list")).ToContainTextAsync("待审批");
        await phone.ScreenshotAsync("supervisor-declarations-filed");
        await CheckPhonePageAsync(phone, "/supervisor/application", "supervisor-application");

        var office = await console.OpenAsync(Screen.Desktop);
        await office.SignInAsync("office", Accounts.DevelopmentPassword, "/office");
        await office.GotoAsync("/office/applications");
        await office.WaitForInteractiveAsync();
        await office.ClickAsync(".ant-tabs-tab >> text=第七条报备");
        var row = office.Locator(".declaration-table tr", new() { HasText = "接受晋宁融媒体采访" });
        await Assertions.Expect(row).ToContainTextAsync("郑晓梅");
        await office.ScreenshotAsync("office-applications");
        await office.AssertAccessibleAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "审批" }).ClickAsync();
        await office.FillAsync("#decisionNote", "同意，注意不涉及未办结问题。");
        await office.ClickAsync(".approve-decision");
        await Assertions.Expect(office.Locator(".ant-message")).ToContainTextAsync("已同意");

        await office.GotoAsync($"/office/activities/tasks/{taskId}");
        await office.WaitForInteractiveAsync();
        await Assertions.Expect(office.Locator(".task-result")).ToContainTextAsync("等候 12 分钟");
    }

    [Fact]
    public async Task OfficePeopleScreens_AreAccessibleAtTheDesk_AndFitAPhone()
    {
        var supervisor = await console.Platform.Accounts.AppointSupervisorAsync("冯志刚");
        var pages = new[]
        {
            ("/office/nominations?status=appointed", "office-nominations-appointed"), ("/office/supervisors", "office-supervisors"),
            ($"/office/supervisors/{supervisor.Id}", "office-supervisor"), ("/office/applications", "office-applications-pending"),
            ("/office/half-year", "office-half-year-all"), ("/office/activities", "office-activities"),
            ("/office/activities?tab=trainings", "office-activities-trainings"), ("/office/activities?tab=tasks", "office-activities-tasks"),
            ("/office/awards", "office-awards"),
        };
        foreach (var screen in new[] { Screen.Desktop, Screen.Phone })
        {
            var office = await console.OpenAsync(screen);
            await office.SignInAsync("office", Accounts.DevelopmentPassword, "/office");
            foreach (var (path, name) in pages)
            {
                await office.GotoAsync(path);
                await office.WaitForInteractiveAsync();
                await Assertions.Expect(office.Locator("h1").First).ToBeVisibleAsync();
                await Assertions.Expect(office.Locator(".ant-skeleton")).ToHaveCountAsync(0);
                await office.ScreenshotAsync(name);
                await office.AssertFitsTheScreenAsync();
                if (screen == Screen.Desktop)
                {
                    await office.AssertAccessibleAsync();
                }
            }
        }
    }

    [Fact]
    public async Task Office_RecordsACriticism_AndItIsOnTheFile()
    {
        var supervisor = await console.Platform.Accounts.AppointSupervisorAsync("韩立新");
        var office = await console.OpenAsync(Screen.Desktop);
        await office.SignInAsync("office", Accounts.DevelopmentPassword, "/office");
        await office.GotoAsync($"/office/supervisors/{supervisor.Id}");
        await office.WaitForInteractiveAsync();
        await office.ClickAsync(".action-button");
        await office.ClickAsync(".ant-modal .choice-grid >> text=批评教育");
        await office.FillAsync("#actionNote", "未经同意以监督员名义参加企业宣传活动。");
        await office.ScreenshotAsync("office-supervisor-action");
        await office.AssertAccessibleAsync();
        await office.ClickAsync(".ant-modal-footer .ant-btn-primary");
        await Assertions.Expect(office.Locator(".ant-message")).ToContainTextAsync("已记录批评教育");
        await office.ClickAsync(".personal-file .ant-tabs-tab >> text=评优和管理记录");
        await Assertions.Expect(office.Locator(".personal-file")).ToContainTextAsync("未经同意以监督员名义参加企业宣传活动");
    }

    private static async Task CheckPhonePageAsync(IPage phone, string path, string name)
    {
        await phone.GotoAsync(path);
        await phone.WaitForInteractiveAsync();
        await Assertions.Expect(phone.Locator("h1").First).ToBeVisibleAsync();
        await phone.ScreenshotAsync(name);
        await phone.AssertAccessibleAsync();
        await phone.AssertFitsTheScreenAsync();
        var smallTargets = await phone.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.area-tab, .big-button, .duty-link, .inbox-head')]" +
            ".filter(e => e.getBoundingClientRect().height < 44).map(e => e.textContent.trim())");
        Assert.Empty(smallTargets);
    }
}
