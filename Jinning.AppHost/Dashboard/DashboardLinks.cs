namespace Jinning.AppHost.Dashboard;

/// <summary>Labelled links on the dashboard's resources, so an operator finds each console without reading the README.</summary>
public static class DashboardLinks
{
    /// <summary>The gateway is the one public entry: the web console at its root, the API documents at <c>/docs</c>, health.</summary>
    public static IResourceBuilder<ProjectResource> WithGatewayLinks(this IResourceBuilder<ProjectResource> gateway)
    {
        var http = gateway.GetEndpoint("http");
        return gateway
            .WithUrlForEndpoint("http", url => url.DisplayText = "网页控制台 Web console")
            .WithUrl($"{http}/docs", "API 文档 API docs (/docs)")
            .WithUrl($"{http}/health", "各服务健康 Health (/health)");
    }

    /// <summary>The console's own address is internal: people reach it through the gateway.</summary>
    public static IResourceBuilder<ProjectResource> WithConsoleLink(
        this IResourceBuilder<ProjectResource> web, EndpointReference gateway) =>
        web.WithUrl($"{gateway}/login", "网页控制台（经网关）Web console via gateway");

    public static IResourceBuilder<IResource> WithMailLink(this IResourceBuilder<IResource> mailServer) =>
        mailServer.WithUrls(context => Label(context, "http", "开发邮件 Mail UI (smtp4dev)"));

    public static IResourceBuilder<IResource> WithBrokerManagementLink(this IResourceBuilder<IResource> brokerServer) =>
        brokerServer.WithUrls(context => Label(context, "management", "消息代理管理 Broker management"));

    private static void Label(ResourceUrlsCallbackContext context, string endpointName, string text)
    {
        foreach (var url in context.Urls.Where(u => u.Endpoint?.EndpointName == endpointName))
        {
            url.DisplayText = text;
        }
    }
}
