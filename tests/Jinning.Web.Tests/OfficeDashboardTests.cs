using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Jinning.Web.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class OfficeDashboardTests(ConsoleFixture console)
{
    [Fact]
    public async Task Office_OpensTheDashboard_SeesTheDeskCountsAndChartsWithTheirFigures()
    {
        var accounts = console.Platform.Accounts;
        var period = OfficeDesk.CurrentHalfYear();
        var before = await accounts.ReportedCountAsync(period);
        await accounts.RegisterComplaintAsync("窗口要求重复提交材料（工作台）");
        var dispatched = await accounts.RegisterComplaintAsync("窗口要求重复提交材料（工作台，已转办）");
        await accounts.DispatchAsync(dispatched, "market-regulation");
        await accounts.WaitForReportedCountAsync(period, before + 2);
        await accounts.WaitForDepartmentInSummaryAsync("market-regulation");

        var page = await console.OpenAsync(Screen.Desktop);
        await page.SignInAsync("office", Accounts.DevelopmentPassword, "/office");
        await page.WaitForInteractiveAsync();

        // Six counts, each as ticketing counts it, each a link to the board's filtered list.
        var office = await accounts.TokenAsync("office");
        var counts = await accounts.SendOkAsync(HttpMethod.Get, "/api/ticketing/issues/counts", office);
        var tiles = page.GetByTestId("desk-tile");
        await Assertions.Expect(tiles).ToHaveCountAsync(6);
        Assert.True(counts.GetProperty("awaitingDispatch").GetInt32() >= 1);
        foreach (var (label, field, link) in new[]
        {
            ("待转办", "awaitingDispatch", "awaiting=dispatch"), ("超时未签收", "signForOverdue", "signForOverdue=true"),
            ("明日到期", "dueTomorrow", "dueOn="), ("已逾期", "overdue", "overdue=true&state=open"),
            ("待反馈", "awaitingFeedback", "awaiting=feedback"), ("待确认", "awaitingConfirmation", "awaiting=confirmation"),
        })
        {
            var tile = tiles.Filter(new() { HasText = label });
            await Assertions.Expect(tile.GetByTestId("desk-count")).ToHaveTextAsync(counts.GetProperty(field).GetInt32().ToString());
            Assert.Contains($"/office/issues?{link}", await tile.GetAttributeAsync("href"));
        }

        // Four charts drawn by ECharts, each with its figures beside it.
        var charts = page.GetByTestId("chart");
        await Assertions.Expect(charts).ToHaveCountAsync(4);
        for (var i = 0; i < 4; i++)
        {
            await Assertions.Expect(charts.Nth(i).Locator(".chart-canvas").Locator("svg, canvas").First).ToBeVisibleAsync();
            Assert.True(await charts.Nth(i).Locator(".chart-table tbody tr").CountAsync() > 0, $"chart {i} lists no figures");
        }
        await Assertions.Expect(charts.Filter(new() { HasText = "按责任单位" }).Locator(".chart-table")).ToContainTextAsync("市场监督管理局");
        var byCategory = charts.Filter(new() { HasText = "按问题类别" });
        await Assertions.Expect(byCategory.Locator(".chart-table")).ToContainTextAsync("窗口服务");
        var summary = await accounts.SendOkAsync(HttpMethod.Get, $"/api/reports/issues/summary?groupBy=category&from={FirstOfMonthAYearAgo():yyyy-MM-dd}", office);
        var listed = await byCategory.Locator(".chart-table tbody tr td:nth-child(2)").AllTextContentsAsync();
        Assert.Equal(summary.GetProperty("total").GetProperty("count").GetInt32(), listed.Sum(int.Parse));

        await page.ScreenshotAsync("office-home");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Office_OnAPhone_TheDashboardStillFits()
    {
        var page = await console.OpenAsync(Screen.Phone);
        await page.SignInAsync("office", Accounts.DevelopmentPassword, "/office");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("desk-tile")).ToHaveCountAsync(6);
        await Assertions.Expect(page.GetByTestId("chart").First.Locator("svg, canvas").First).ToBeVisibleAsync();
        await page.AssertFitsTheScreenAsync();
        await page.ScreenshotAsync("office-home");
    }

    private static DateOnly FirstOfMonthAYearAgo()
    {
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
        return new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
    }
}
