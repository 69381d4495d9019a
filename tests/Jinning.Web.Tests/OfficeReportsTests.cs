using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MiniExcelLibs;

namespace Jinning.Web.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class OfficeReportsTests(ConsoleFixture console)
{
    [Fact]
    public async Task Office_DownloadsTheHalfYearReportAsExcel_SeesTheNewIssueCountedUnderChineseHeadings()
    {
        var accounts = console.Platform.Accounts;
        var period = OfficeDesk.CurrentHalfYear();
        var before = await accounts.ReportedCountAsync(period);
        await accounts.RegisterComplaintAsync("窗口要求重复提交材料（定期报告）");
        var counted = await accounts.WaitForReportedCountAsync(period, before + 1);

        var page = await console.OpenAsync(Screen.Desktop);
        await page.SignInAsync("office", Accounts.DevelopmentPassword, "/office");
        await page.GotoAsync("/office/reports");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("#periodic-period")).ToHaveValueAsync(period);
        await Assertions.Expect(page.GetByTestId("summary-totals")).ToContainTextAsync("问题数");
        await Assertions.Expect(page.GetByTestId("chart").First.Locator("svg, canvas").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("office-reports");
        await page.AssertAccessibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-xlsx").ClickAsync());
        Assert.Equal($"jinning-supervisors-{period}.xlsx", download.SuggestedFilename);
        var file = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid()}.xlsx");
        await download.SaveAsAsync(file);
        try
        {
            Assert.Contains("概况", MiniExcel.GetSheetNames(file));
            Assert.Contains("按问题类别", MiniExcel.GetSheetNames(file));
            var overview = MiniExcel.Query(file, useHeaderRow: true, sheetName: "概况").Cast<IDictionary<string, object>>().ToList();
            Assert.Equal(["项目", "数值"], overview[0].Keys);
            var total = overview.Single(row => (string)row["项目"] == "问题总数")["数值"];
            Assert.True(Convert.ToInt32(total) >= counted, $"the sheet counts {total} issues, the API {counted}");
            var byCategory = MiniExcel.Query(file, useHeaderRow: true, sheetName: "按问题类别").Cast<IDictionary<string, object>>().ToList();
            Assert.Contains(byCategory, row => (string)row["分组"] == "基层窗口服务" && Convert.ToInt32(row["问题数"]) >= 1);
        }
        finally
        {
            File.Delete(file);
        }

        var csv = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-csv").ClickAsync());
        Assert.Equal($"jinning-supervisors-{period}.csv", csv.SuggestedFilename);
        var text = await File.ReadAllTextAsync((await csv.PathAsync())!);
        Assert.Contains("问题总数", text);
    }

    [Fact]
    public async Task Office_ReportsPage_ShowsScorecardDutiesAndPublicFigures_AndRebuildsAfterConfirming()
    {
        var page = await console.OpenAsync(Screen.Desktop);
        await page.SignInAsync("office", Accounts.DevelopmentPassword, "/office");
        await page.GotoAsync("/office/reports");
        await page.WaitForInteractiveAsync();

        await Assertions.Expect(page.Locator("#scorecard-heading")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#duties-heading ~ .figure-row")).ToContainTextAsync("履职率");
        await Assertions.Expect(page.Locator("#public-heading")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "重建统计数据" }).ClickAsync();
        await page.ConfirmAsync("重建");
        await Assertions.Expect(page.GetByTestId("rebuild-result")).ToContainTextAsync(new Regex(@"重放事件 \d+ 条"));
        await Assertions.Expect(page.Locator(".ant-message")).ToContainTextAsync("统计数据已重建");
        await page.AssertAccessibleAsync();

        var phone = await console.OpenAsync(Screen.Phone);
        await phone.SignInAsync("office", Accounts.DevelopmentPassword, "/office");
        await phone.GotoAsync("/office/reports");
        await phone.WaitForInteractiveAsync();
        await Assertions.Expect(phone.GetByTestId("summary-totals")).ToBeVisibleAsync();
        await phone.AssertFitsTheScreenAsync();
        await phone.ScreenshotAsync("office-reports");
    }
}
