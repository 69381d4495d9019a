using System.Net;
using System.Text.Json;
using Jinning.Testing;
using Microsoft.Playwright;

namespace Jinning.Web.Tests;

/// <summary>What the office's journeys share: an issue registered the office's way, and waiting for reporting to count it.</summary>
public static class OfficeDesk
{
    /// <summary>A hotline complaint the office registers (an issue like any other, counted by reporting).</summary>
    public static async Task<JsonElement> RegisterComplaintAsync(this Accounts accounts, string title)
    {
        var office = await accounts.TokenAsync("office");
        return await accounts.SendOkAsync(HttpMethod.Post, "/api/ticketing/issues", office, new
        {
            title, description = "群众来电反映窗口办事要求重复提交材料。", category = "window-service", channel = "hotline", source = "hotline",
        });
    }

    public static async Task DispatchAsync(this Accounts accounts, JsonElement issue, string departmentCode)
    {
        var office = await accounts.TokenAsync("office");
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{issue.GetProperty("id").GetString()}/dispatch", office,
            new { kind = "assign", departmentCode });
    }

    /// <summary>Waits until reporting has heard of a dispatch to <paramref name="departmentCode"/> (the dashboard's unit chart).</summary>
    public static async Task WaitForDepartmentInSummaryAsync(this Accounts accounts, string departmentCode)
    {
        var office = await accounts.TokenAsync("office");
        await Eventually.WaitForAsync(
            () => accounts.SendOkAsync(HttpMethod.Get, "/api/reports/issues/summary?groupBy=department", office),
            json => json.GetProperty("groups").EnumerateArray().Any(g => g.GetProperty("key").GetString() == departmentCode),
            TimeSpan.FromSeconds(60), $"reporting to count an issue of {departmentCode}");
    }

    /// <summary>Reporting hears of issues through the broker: waits until the periodic report counts at least <paramref name="atLeast"/>.</summary>
    public static async Task<int> WaitForReportedCountAsync(this Accounts accounts, string period, int atLeast)
    {
        var office = await accounts.TokenAsync("office");
        var report = await Eventually.WaitForAsync(
            () => accounts.SendOkAsync(HttpMethod.Get, $"/api/reports/periodic/{period}", office),
            json => json.GetProperty("issues").GetProperty("count").GetInt32() >= atLeast, TimeSpan.FromSeconds(60),
            $"reporting to count {atLeast} issues in {period}");
        return report.GetProperty("issues").GetProperty("count").GetInt32();
    }

    public static async Task<int> ReportedCountAsync(this Accounts accounts, string period)
    {
        var office = await accounts.TokenAsync("office");
        var report = await accounts.SendOkAsync(HttpMethod.Get, $"/api/reports/periodic/{period}", office);
        return report.GetProperty("issues").GetProperty("count").GetInt32();
    }

    /// <summary>The half-year today falls in, in the district, as the API names it: 2026-H2.</summary>
    public static string CurrentHalfYear()
    {
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8));
        return $"{today.Year}-H{(today.Month <= 6 ? 1 : 2)}";
    }

    /// <summary>Nothing wider than the screen: an office page must not break on a phone.</summary>
    public static async Task AssertFitsTheScreenAsync(this IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{page.Url} is {overflow}px wider than the screen");
    }

    /// <summary>Clicks the confirming button of the Popconfirm now open.</summary>
    public static Task ConfirmAsync(this IPage page, string button) =>
        page.Locator(".ant-popover:not(.ant-popover-hidden)").GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();

    public static bool IsSuccess(this HttpStatusCode status) => (int)status is >= 200 and < 300;
}
