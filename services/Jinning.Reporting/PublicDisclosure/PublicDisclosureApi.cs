using Microsoft.AspNetCore.Http.HttpResults;

namespace Jinning.Reporting.PublicDisclosure;

public static class PublicDisclosureApi
{
    /// <summary>Hotline and mailbox of the regulation's annex; anyone may read them (P4).</summary>
    public sealed record Contact(string Hotline, string Mailbox, string Office);

    private static readonly Contact DistrictContact = new("0871-67802885", "2192844353@qq.com", "晋宁区营商环境办");

    public static IEndpointRouteBuilder MapPublicDisclosureApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/public").WithTags("Public")
            .MapGet("/contact", GetContact).WithName("GetContact").WithSummary("投诉电话与邮箱 (P4)")
            .AllowAnonymous();
        return app;
    }

    public static Ok<Contact> GetContact() => TypedResults.Ok(DistrictContact);
}
