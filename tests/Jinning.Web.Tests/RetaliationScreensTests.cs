using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Jinning.Web.Tests;

/// <summary>
/// A report that turns out to be retaliation: the office reclassifies it on its issue page and the department holding it loses it
/// at once; the discipline commission handles it on its screens; no department screen shows it, and its address says not found.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class RetaliationScreensTests(ConsoleFixture console)
{
    private const string Department = "taxation";

    [Fact]
    public async Task RetaliationReport_IsHandledOnTheDisciplineScreens_AndAbsentFromEveryDepartmentScreen()
    {
        var report = await console.SupervisorReportsAsync("吴芳", "反映问题后被税务窗口故意拖延办理", "window-service");
        await console.AsOfficeAsync(HttpMethod.Post, $"/api/ticketing/issues/{report.Id}/dispatch",
            new { kind = "transfer", departmentCode = Department, instructions = "请核实。" });

        // The office reclassifies it on the issue page: a retaliation report leaves the department at once.
        var office = await console.OpenAsync(Screen.Desktop);
        await office.SignInAsync("office", Accounts.DevelopmentPassword, "/office");
        await office.GotoAsync($"/office/issues/{report.Id}");
        await office.WaitForInteractiveAsync();
        await office.ClickAsync(".action-reclassify");
        var dialog = office.Locator(".issue-dialog");
        await dialog.Locator(".category-choice label:has-text('打击报复')").ClickAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("立即从责任单位撤回");
        await dialog.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(dialog.Locator(".ant-form-item-explain-error")).ToContainTextAsync("调整理由不能为空");
        await dialog.Locator("textarea").FillAsync("监督员反映遭故意刁难，属打击报复线索。");
        await office.ScreenshotAsync("office-issue-reclassify");
        await dialog.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(office.Locator(".ant-message")).ToContainTextAsync("分类已调整");
        await Assertions.Expect(office.Locator(".issue-heading .tag-line")).ToContainTextAsync("打击报复");
        await Assertions.Expect(office.Locator(".action-dispatch")).ToHaveCountAsync(0);

        // The discipline commission sees it with its reporter, records a stage, and reads the history and the identity-view log.
        var discipline = await console.OpenAsync(Screen.Desktop);
        await discipline.SignInAsync("discipline", Accounts.DevelopmentPassword, "/discipline");
        await discipline.WaitForInteractiveAsync();
        await Assertions.Expect(discipline.Locator(".home-card")).ToContainTextAsync(report.TrackingNumber);
        await discipline.ScreenshotAsync("discipline-home");
        await discipline.AssertAccessibleAsync();
        await discipline.GotoAsync("/discipline/issues");
        await discipline.WaitForInteractiveAsync();
        await Assertions.Expect(discipline.Locator(".discipline-board")).ToContainTextAsync(report.TrackingNumber);
        await discipline.ScreenshotAsync("discipline-issues");
        await discipline.AssertAccessibleAsync();
        await discipline.ClickAsync($"a.issue-number-link:text('{report.TrackingNumber}')");
        await discipline.WaitForURLAsync(new Regex($"/discipline/issues/{report.Id}$"));
        await discipline.WaitForInteractiveAsync();
        await Assertions.Expect(discipline.GetByTestId("reporter")).ToContainTextAsync("吴芳");
        await Assertions.Expect(discipline.Locator(".history-timeline")).ToContainTextAsync("调整分类");
        await discipline.AssertAccessibleAsync();
        await discipline.Locator(".stage-form textarea").First.FillAsync("对窗口负责人诫勉谈话。");
        await discipline.ClickAsync(".stage-form button[type=submit]");
        await Assertions.Expect(discipline.Locator(".ant-message")).ToContainTextAsync("已记录处理阶段：已受理");
        await Assertions.Expect(discipline.Locator(".handling-list")).ToContainTextAsync("对窗口负责人诫勉谈话");
        await Assertions.Expect(discipline.Locator(".issue-heading")).ToContainTextAsync("已受理");
        await discipline.ClickAsync(".ant-tabs-tab:has-text('报告人身份查看记录')");
        await Assertions.Expect(discipline.Locator(".identity-view-table")).ToContainTextAsync("区纪委区监委");
        await discipline.ScreenshotAsync("discipline-issue");

        // No department screen shows it; its address says in words that there is nothing there, as for an issue that does not exist.
        var department = await console.OpenAsync(Screen.Desktop);
        await department.SignInAsync($"dept.{Department}", Accounts.DevelopmentPassword, "/department");
        await department.WaitForInteractiveAsync();
        await Assertions.Expect(department.Locator(".home-columns")).Not.ToContainTextAsync(report.TrackingNumber);
        foreach (var list in new[] { "/department/issues", "/department/issues?state=all", $"/department/issues?state=all&q={report.TrackingNumber}" })
        {
            await department.GotoAsync(list);
            await department.WaitForInteractiveAsync();
            await Assertions.Expect(department.Locator(".board-summary")).ToBeVisibleAsync();
            await Assertions.Expect(department.Locator("main")).Not.ToContainTextAsync(report.TrackingNumber);
        }
        await department.GotoAsync($"/department/issues/{report.Id}");
        await department.WaitForInteractiveAsync();
        await Assertions.Expect(department.Locator("main")).ToContainTextAsync("找不到这个问题");
        await Assertions.Expect(department.Locator("main")).Not.ToContainTextAsync("打击报复");
        await department.ScreenshotAsync("department-issue-not-found");
    }
}
