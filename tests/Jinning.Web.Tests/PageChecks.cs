using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Jinning.Web.Tests;

/// <summary>What every page of the console is checked for: no serious accessibility faults, and a screenshot people can look at.</summary>
public static class PageChecks
{
    /// <summary>Full-page screenshot as <c>TestResults/screenshots/{name}-{width}.png</c>.</summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        var width = page.ViewportSize?.Width ?? 0;
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(ConsoleFixture.ScreenshotDirectory, $"{name}-{width}.png"),
            FullPage = true,
        });
    }

    /// <summary>axe-core on the page as it is now: fails on any serious or critical violation, naming each.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var results = await page.RunAxe();
        var blocking = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(blocking.Count == 0, $"{page.Url}: " + string.Join("; ", blocking.Select(Describe)));
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Id} ({violation.Impact}): {violation.Help} at " +
        string.Join(", ", violation.Nodes.Take(3).Select(n => $"{n.Target} {n.Html?[..Math.Min(n.Html.Length, 160)]}"));

    /// <summary>Waits until an interactive page's live connection is up, so clicks reach the server.</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.WaitForSelectorAsync(".area[data-interactive=true]");
}
