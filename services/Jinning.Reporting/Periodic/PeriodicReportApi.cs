using Jinning.ServiceDefaults;
using Jinning.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jinning.Reporting.Periodic;

public static class PeriodicReportApi
{
    public static IEndpointRouteBuilder MapPeriodicReportApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/reports/periodic").WithTags("Periodic reports").RequireRoles(Roles.Office)
            .MapGet("/{period}", Get).WithName("GetPeriodicReport")
            .WithSummary("半年度（2026-H2）或年度（2026）报告；Accept: text/csv 或 xlsx，也可 ?format=csv|xlsx (P3)");
        return app;
    }

    public static async Task<Results<Ok<PeriodicReport>, FileContentHttpResult, ValidationProblem>> Get(
        string period, HttpRequest request, PeriodicReportBuilder builder, CancellationToken ct, string? format = null)
    {
        var wanted = format?.ToLowerInvariant() ?? FromAccept(request.Headers.Accept.ToString());
        if (wanted is not ("json" or "csv" or "xlsx"))
        {
            return InputProblems.Invalid("format", "格式须为 json、csv 或 xlsx。");
        }
        var report = await builder.BuildAsync(period, ct);
        if (report is null)
        {
            return InputProblems.Invalid("period", $"报告期“{period}”无效，格式如 2026-H2（半年）或 2026（全年）。");
        }
        return wanted switch
        {
            "csv" => TypedResults.File(ReportExporters.ToCsv(ReportTables.From(report)), ReportExporters.CsvType + "; charset=utf-8", $"jinning-supervisors-{period}.csv"),
            "xlsx" => TypedResults.File(ReportExporters.ToXlsx(ReportTables.From(report)), ReportExporters.XlsxType, $"jinning-supervisors-{period}.xlsx"),
            _ => TypedResults.Ok(report),
        };
    }

    private static string FromAccept(string accept) =>
        accept.Contains(ReportExporters.XlsxType, StringComparison.OrdinalIgnoreCase) || accept.Contains("xlsx", StringComparison.OrdinalIgnoreCase) ? "xlsx"
        : accept.Contains(ReportExporters.CsvType, StringComparison.OrdinalIgnoreCase) ? "csv"
        : "json";
}
