using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Jinning.Web.Tests;

/// <summary>How a person gets around the console: signing in at the identity service's login page, and out.</summary>
public static class Browsing
{
    /// <summary>Through <c>/login</c>, the identity service's own page, and back into the console.</summary>
    public static async Task SignInAsync(this IPage page, string userName, string password, string landsOn)
    {
        await page.GotoAsync("/login");
        await page.WaitForURLAsync(new Regex("/account/login"));
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(new Regex(Regex.Escape(landsOn) + "$"));
    }

    public static async Task SignOutAsync(this IPage page)
    {
        await page.ClickAsync(".logout-form button");
        await page.WaitForURLAsync(new Regex(@"^https?://[^/]+/$"));
    }

    /// <summary>A tiny but real PNG, as a phone's camera would send (the attachment API checks the bytes).</summary>
    public static FilePayload Photo(string name = "现场照片.png") => new()
    {
        Name = name,
        MimeType = "image/png",
        Buffer = Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAGUlEQVR4nGP8z0AaYBzVMKphVMOohmGqAQAqXQEP0m6a2QAAAABJRU5ErkJggg=="),
    };
}
