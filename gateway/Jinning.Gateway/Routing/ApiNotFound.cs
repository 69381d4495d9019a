namespace Jinning.Gateway.Routing;

public static class ApiNotFound
{
    /// <summary>
    /// An API path no service has answers a 404 problem, not the web console's HTML page: the console
    /// takes every path the API does not, but the API's own prefix stays the API's.
    /// </summary>
    public static WebApplication MapApiNotFound(this WebApplication app)
    {
        app.Map("/api/{**rest}", () => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "接口不存在",
            detail: "没有这个接口，请对照 /docs 中的接口文档。", type: "https://jinning.gov.cn/problems/not-found")).ExcludeFromDescription();
        return app;
    }
}
