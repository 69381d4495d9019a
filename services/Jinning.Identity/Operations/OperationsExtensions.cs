namespace Jinning.Identity.Operations;

public static class OperationsExtensions
{
    public static IHostApplicationBuilder AddOperations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpClient<BrokerManagementApi>(client => client.Timeout = TimeSpan.FromSeconds(10));
        builder.Services.AddTransient<ErrorQueues>();
        builder.Services.AddSingleton<ErrorQueueGauge>();
        builder.Services.AddHostedService<ErrorQueueRefresher>();
        return builder;
    }
}
