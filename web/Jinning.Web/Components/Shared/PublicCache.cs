using Microsoft.AspNetCore.Components;

namespace Jinning.Web.Components.Shared;

/// <summary>
/// Lets browsers and proxies keep a public page for a while: it shows nothing personal (the header's
/// sign-in link is the same for everyone). Only for server-rendered public pages.
/// </summary>
public sealed class PublicCache : ComponentBase
{
    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    [Parameter]
    public int Seconds { get; set; } = 60;

    protected override void OnInitialized()
    {
        if (HttpContext is { Response.HasStarted: false } context)
        {
            context.Response.Headers.CacheControl = $"public, max-age={Seconds}";
        }
    }
}
