namespace Jinning.Web;

/// <summary>Small redirects that let plain forms (no JavaScript) reach the pages with a path parameter.</summary>
public static class PublicEndpoints
{
    public static IEndpointRouteBuilder MapPublicEndpoints(this IEndpointRouteBuilder app)
    {
        // The certificate form is a GET with ?number=; the page lives at /certificates/{number} (the QR code's address).
        app.MapGet("/certificates/lookup", (string? number) => string.IsNullOrWhiteSpace(number) || number.Length > 40
            ? Results.LocalRedirect("/certificates")
            : Results.LocalRedirect($"/certificates/{Uri.EscapeDataString(number.Trim().ToUpperInvariant())}")).AllowAnonymous();
        return app;
    }
}
