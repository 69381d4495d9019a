using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Jinning.Testing;
using Microsoft.Playwright;

namespace Jinning.Web.Tests;

/// <summary>
/// The whole platform (AppHost, gateway, services, the web console) and one Debian Chromium, driven by
/// Playwright. Each test opens its own browser context: its own cookies, its own screen size.
/// </summary>
public sealed class ConsoleFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium; Playwright's own browser download cannot work on these machines.</summary>
    public const string ChromiumPath = "/usr/lib/chromium/chromium";

    private IPlaywright? _playwright;

    /// <summary>Access tokens that last 20 seconds, so the console's refresh is exercised by every journey that takes longer.</summary>
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromSeconds(20);

    public PlatformFixture Platform { get; } = new ShortTokenPlatform();
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl => Platform.Gateway.BaseAddress!.ToString().TrimEnd('/');

    /// <summary>Where the tests leave their screenshots (ignored by git), for people to look at.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(RepositoryPaths.Root, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        // Two busy cores run the whole platform beside the browser: give expectations time to come true.
        Assertions.SetDefaultExpectTimeout(15_000);
        await Platform.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = File.Exists(ChromiumPath) ? ChromiumPath : "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }

    /// <summary>A fresh browser: a desktop at 1280 px, or a phone at 375 px with touch, as WeChat's browser is.</summary>
    public async Task<IPage> OpenAsync(Screen screen)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = screen == Screen.Phone ? new ViewportSize { Width = 375, Height = 740 } : new ViewportSize { Width = 1280, Height = 900 },
            IsMobile = screen == Screen.Phone,
            HasTouch = screen == Screen.Phone,
            DeviceScaleFactor = screen == Screen.Phone ? 2 : 1,
        });
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await Platform.DisposeAsync();
    }
}

/// <summary>The platform with access tokens that last <see cref="ConsoleFixture.AccessTokenLifetime"/>.</summary>
public sealed class ShortTokenPlatform : PlatformFixture
{
    protected override void Configure(IDistributedApplicationTestingBuilder builder) =>
        builder.CreateResourceBuilder<ProjectResource>("identity")
            .WithEnvironment("Identity__AccessTokenLifetime", ConsoleFixture.AccessTokenLifetime.ToString("c"));
}

public enum Screen
{
    Desktop,
    Phone,
}

[CollectionDefinition(Name)]
public sealed class ConsoleCollection : ICollectionFixture<ConsoleFixture>
{
    public const string Name = "console";
}
