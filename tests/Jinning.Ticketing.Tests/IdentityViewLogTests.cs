using System.Net;
using System.Text.Json;
using Jinning.Testing;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.Tests;

/// <summary>
/// T8 over every route: each route the OpenAPI document says answers with issue data (an issue, a
/// list of issues, a history) is in the table below, and each one the office may use puts a row on
/// the identity-view log for the issue whose reporter it showed. A route added without a row fails.
/// </summary>
[Collection(TicketingServiceCollection.Name)]
public sealed class IdentityViewLogTests(TicketingInfrastructure infrastructure)
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(8)); // Monday
    private static readonly string[] IssueSchemas = ["IssueResponse", "HistoryEntryResponse"];
    private const string Lead = "market-regulation";

    private delegate Task<Guid> OfficeCall(Flow flow);

    /// <summary>Route → how the office reaches it with a real issue (answering that issue's ID), or null: not the office's route.</summary>
    private static readonly Dictionary<string, OfficeCall?> Routes = new()
    {
        ["GET /api/ticketing/issues/{id}"] = async f => await f.Office("GET", "", await f.Reported()),
        ["GET /api/ticketing/issues"] = async f =>
        {
            var id = await f.Reported();
            await f.Host.OkAsync(HttpMethod.Get, "/api/ticketing/issues?pageSize=100", TicketingHost.Office);
            return id;
        },
        ["POST /api/ticketing/issues"] = async f =>
        {
            var issue = await f.Host.OkAsync(HttpMethod.Post, "/api/ticketing/issues", TicketingHost.Office, new
            {
                title = "代登记", description = "监督员来电反映。", category = "other", channel = "visit", onBehalfOfSupervisorId = f.Reporter,
            });
            return issue.GetProperty("id").GetGuid();
        },
        ["POST /api/ticketing/issues/{id}/research"] = async f => await f.Office("POST", "/research", await f.Reported()),
        ["POST /api/ticketing/issues/{id}/reclassify"] = async f =>
            await f.Office("POST", "/reclassify", await f.Reported(), new { category = "other", reason = "分类有误" }),
        ["POST /api/ticketing/issues/{id}/close"] = async f =>
            await f.Office("POST", "/close", await f.Reported(), new { outcome = "explained", reason = "已当面解释" }),
        ["POST /api/ticketing/issues/{id}/merge"] = async f =>
        {
            var into = await f.Reported();
            return await f.Office("POST", "/merge", await f.Reported(), new { intoIssueId = into });
        },
        ["GET /api/ticketing/issues/{id}/history"] = async f => await f.Office("GET", "/history", await f.Reported()),
        ["POST /api/ticketing/issues/{id}/extension/decision"] = async f =>
        {
            var id = await f.Accepted(await f.Reported());
            await f.Department("/extension", id, new { until = Start.AddDays(40), reason = "需现场核查" });
            return await f.Office("POST", "/extension/decision", id, new { granted = true });
        },
        ["POST /api/ticketing/issues/{id}/material"] = async f =>
        {
            var id = await f.Accepted(await f.Reported());
            await f.Department("/material-request", id, new { note = "营业执照复印件" });
            return await f.Office("POST", "/material", id, new { note = "已补充" });
        },
        ["POST /api/ticketing/issues/{id}/review"] = async f =>
            await f.Office("POST", "/review", await f.Rectified(await f.Reported()), new { approved = true }),
        ["POST /api/ticketing/issues/{id}/feedback"] = async f =>
            await f.Office("POST", "/feedback", await f.Reviewed(await f.Reported()), new { message = "已整改到位" }),
        ["POST /api/ticketing/issues/{id}/acceptance"] = async f =>
            await f.Office("POST", "/acceptance", await f.FeedbackGiven(await f.Complaint()), new { rating = 5 }),
        ["POST /api/ticketing/issues/{id}/objection"] = async f =>
            await f.Office("POST", "/objection", await f.FeedbackGiven(await f.Complaint()), new { reason = "来电人表示未整改" }),
        // The department's own routes: departments never see a reporter, and the office may not use them.
        ["POST /api/ticketing/issues/{id}/accept"] = null,
        ["POST /api/ticketing/issues/{id}/return"] = null,
        ["POST /api/ticketing/issues/{id}/progress"] = null,
        ["POST /api/ticketing/issues/{id}/rectification"] = null,
        ["POST /api/ticketing/issues/{id}/extension"] = null,
        ["POST /api/ticketing/issues/{id}/material-request"] = null,
        ["POST /api/ticketing/issues/{id}/discipline-handling"] = null,
    };

    [Fact]
    public async Task EveryOfficeRouteThatShowsAnIssue_LogsTheViewOfItsReporter()
    {
        await using var host = new TicketingHost(infrastructure, InfrastructureFixture.NewDatabaseName("identity_views"), Start);
        var documented = await IssueDataRoutesAsync(host);
        Assert.Empty(documented.Except(Routes.Keys));
        Assert.Empty(Routes.Keys.Except(documented));

        var flow = new Flow(host);
        foreach (var (route, call) in Routes)
        {
            if (call is null)
            {
                var (method, path) = Split(route, await flow.Reported());
                var refused = await host.SendAsync(new HttpMethod(method), path, TicketingHost.Office, new { });
                Assert.True(refused.StatusCode == HttpStatusCode.Forbidden, $"{route}: the office got {(int)refused.StatusCode}");
                continue;
            }
            var shown = await call(flow);
            var logged = await host.QueryAsync(db => db.ReporterIdentityViews.Where(v => v.IssueId == shown && v.Via == route).ToListAsync());
            Assert.True(logged.Count > 0, $"{route} showed issue {shown}'s reporter to the office without a row on the identity-view log");
            Assert.All(logged, view => Assert.Equal(("office", "office"), (view.Viewer, view.ViewerRole)));
        }
    }

    [Fact]
    public async Task TheReporterReadingTheirOwnIssue_IsNotAnIdentityView()
    {
        await using var host = new TicketingHost(infrastructure, InfrastructureFixture.NewDatabaseName("identity_views_own"), Start);
        var flow = new Flow(host);
        var id = await flow.Reported();
        var own = await host.OkAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}", TicketingHost.Supervisor(flow.Reporter));
        // The reporter did see the reporter field: the filter looked and decided.
        Assert.Equal(flow.Reporter, own.GetProperty("reporterSupervisorId").GetGuid());

        await host.OkAsync(HttpMethod.Get, $"/api/ticketing/issues/{id}", TicketingHost.Office);

        var views = await host.QueryAsync(db => db.ReporterIdentityViews.Where(v => v.IssueId == id).ToListAsync());
        Assert.Equal("office", Assert.Single(views).ViewerRole);
    }

    /// <summary>Routes whose success answer carries an issue, a list or page of issues, or a history, by the service's own document.</summary>
    private static async Task<HashSet<string>> IssueDataRoutesAsync(TicketingHost host)
    {
        var document = JsonDocument.Parse(await host.Http.GetStringAsync("/openapi/v1.json")).RootElement;
        var routes = new HashSet<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var answers = operation.Value.TryGetProperty("responses", out var responses) ? responses.EnumerateObject() : default;
                var success = answers.Where(r => r.Name.StartsWith('2')).Select(r => r.Value.GetRawText());
                if (success.Any(text => IssueSchemas.Any(schema => text.Contains(schema, StringComparison.Ordinal))))
                {
                    routes.Add($"{operation.Name.ToUpperInvariant()} {path.Name}");
                }
            }
        }
        return routes;
    }

    private static (string Method, string Path) Split(string route, Guid id)
    {
        var parts = route.Split(' ', 2);
        return (parts[0], parts[1].Replace("{id}", id.ToString()));
    }

    /// <summary>Brings fresh issues to the state a route needs, through the service's own routes.</summary>
    private sealed class Flow(TicketingHost host)
    {
        public TicketingHost Host => host;
        public Guid Reporter { get; } = Guid.NewGuid();
        private static readonly string DepartmentToken = TicketingHost.Department(Lead);

        public async Task<Guid> Reported()
        {
            var issue = await host.OkAsync(HttpMethod.Post, "/api/ticketing/issues", TicketingHost.Supervisor(Reporter), new
            {
                title = "窗口办事推诿", description = "同一材料被要求反复提交。", category = "window-service", channel = "web",
            });
            return issue.GetProperty("id").GetGuid();
        }

        public async Task<Guid> Complaint()
        {
            var issue = await host.OkAsync(HttpMethod.Post, "/api/ticketing/issues", TicketingHost.Office, new
            {
                title = "热线投诉", description = "来电反映窗口态度差。", category = "window-service", channel = "hotline", source = "hotline",
                contactName = "王先生", contactPhone = "13900000000",
            });
            return issue.GetProperty("id").GetGuid();
        }

        public async Task<Guid> Office(string method, string suffix, Guid id, object? body = null)
        {
            await host.OkAsync(new HttpMethod(method), $"/api/ticketing/issues/{id}{suffix}", TicketingHost.Office, body);
            return id;
        }

        public async Task Department(string suffix, Guid id, object? body = null) =>
            await host.OkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}{suffix}", DepartmentToken, body);

        public async Task<Guid> Accepted(Guid id)
        {
            await Office("POST", "/dispatch", id, new { kind = "transfer", departmentCode = Lead });
            await Department("/accept", id);
            return id;
        }

        public async Task<Guid> Rectified(Guid id)
        {
            await Accepted(id);
            await Department("/rectification", id, new { summary = "已整改" });
            return id;
        }

        public async Task<Guid> Reviewed(Guid id) => await Office("POST", "/review", await Rectified(id), new { approved = true });

        public async Task<Guid> FeedbackGiven(Guid id) => await Office("POST", "/feedback", await Reviewed(id), new { message = "已办理" });
    }
}
