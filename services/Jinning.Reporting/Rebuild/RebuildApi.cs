using Jinning.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jinning.Reporting.Rebuild;

public static class RebuildApi
{
    public static IEndpointRouteBuilder MapRebuildApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/reports").WithTags("Rebuild").RequireRoles(Roles.Office)
            .MapPost("/rebuild", Rebuild).WithName("RebuildReadModels").WithSummary("由已保存的事件重建全部统计数据 (P5)");
        return app;
    }

    public static async Task<Ok<ReadModelRebuilder.Result>> Rebuild(ReadModelRebuilder rebuilder, CancellationToken ct) =>
        TypedResults.Ok(await rebuilder.RebuildAsync(ct));
}
