using System.Net;

namespace Jinning.EndToEnd.Tests;

/// <summary>
/// Every route of API.md built so far × every role (and anonymous) through the gateway. Routes that
/// change a record use an ID that does not exist: a role allowed to use the route gets past
/// authorization to 404, a role that may never use it gets 403.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class AuthorizationMatrixTests(PlatformFixture platform)
{
    private const int Anon = 0, Office = 1, Nominator = 2, Supervisor = 3, Department = 4, Discipline = 5;
    private static readonly string Missing = Guid.NewGuid().ToString();
    private static readonly string Submission = $"/api/roster/duties/half-years/2026-H2/submissions/{Missing}";

    private static readonly object ValidNomination = new
    {
        name = "李四", idNumber = "530122198202021234", workplace = "晋宁某商会", background = "chamber-of-commerce",
        smallOrMediumEnterprise = false, nominatingUnit = "federation-commerce",
    };
    private static readonly object SupervisorIssue = new { title = "审批超时", description = "营业执照审批超过承诺时限。", category = "administrative-approval", channel = "web" };
    private static readonly object OfficeComplaint = new { title = "热线投诉", description = "群众来电反映窗口态度差。", category = "window-service", channel = "hotline", source = "hotline" };

    //                     method  path                                               body             anon office nominator supervisor department discipline
    public static readonly TheoryData<string, string, string, int[]> Matrix = new()
    {
        { "POST", "/api/roster/nominations",                                 "nomination",   [401, 201, 201, 403, 403, 403] },
        { "GET",  "/api/roster/nominations",                                 "",             [401, 200, 200, 403, 403, 403] },
        { "GET",  "/api/roster/nominations?status=approved",                 "",             [401, 200, 200, 403, 403, 403] },
        { "GET",  $"/api/roster/nominations/{Missing}",                      "",             [401, 404, 404, 403, 403, 403] },
        { "POST", $"/api/roster/nominations/{Missing}/vetting",              "vetting",      [401, 404, 403, 403, 403, 403] },
        { "POST", $"/api/roster/nominations/{Missing}/approve",              "",             [401, 404, 403, 403, 403, 403] },
        { "POST", $"/api/roster/nominations/{Missing}/reject",               "reject",       [401, 404, 403, 403, 403, 403] },
        { "POST", $"/api/roster/nominations/{Missing}/appoint",              "appoint",      [401, 404, 403, 403, 403, 403] },
        { "GET",  "/api/roster/supervisors",                                 "",             [401, 200, 403, 403, 403, 403] },
        { "GET",  $"/api/roster/supervisors/{Missing}",                      "",             [401, 404, 403, 404, 403, 404] },
        { "POST", $"/api/roster/supervisors/{Missing}/actions",              "action",       [401, 404, 403, 403, 403, 403] },
        { "GET",  $"/api/roster/supervisors/{Missing}/file",                 "",             [401, 404, 403, 404, 403, 403] },
        { "GET",  "/api/roster/duties/half-years/2026-H2",                   "",             [401, 200, 403, 200, 403, 403] },
        { "POST", "/api/roster/duties/half-years/2026-H9/submissions",       "submission",   [401, 403, 403, 400, 403, 403] },
        { "POST", $"/api/roster/duties/half-years/2026-H2/submissions/{Missing}/adopt", "", [401, 404, 403, 403, 403, 403] },
        { "POST", "/api/roster/meetings",                                    "meeting",      [401, 201, 403, 403, 403, 403] },
        { "GET",  "/api/roster/meetings?year=2026",                          "",             [401, 200, 403, 403, 403, 403] },
        { "POST", $"/api/roster/meetings/{Missing}/attendance",              "attendance",   [401, 404, 403, 403, 403, 403] },
        { "POST", "/api/roster/trainings",                                   "training",     [401, 201, 403, 403, 403, 403] },
        { "POST", "/api/roster/tasks",                                       "task",         [401, 400, 403, 403, 403, 403] },
        { "POST", $"/api/roster/tasks/{Missing}/result",                     "result",       [401, 403, 403, 404, 403, 403] },
        { "POST", "/api/roster/awards",                                      "award",        [401, 400, 403, 403, 403, 403] },
        { "GET",  "/api/roster/awards?year=2026",                            "",             [401, 200, 403, 403, 403, 403] },
        { "POST", "/api/ticketing/issues",                                   "issue",        [401, 201, 403, 201, 403, 403] },
        { "GET",  "/api/ticketing/issues",                                   "",             [401, 200, 200, 200, 200, 200] },
        { "GET",  $"/api/ticketing/issues/{Missing}",                        "",             [401, 404, 404, 404, 404, 404] },
        { "POST", $"/api/ticketing/issues/{Missing}/research",               "",             [401, 404, 403, 403, 403, 403] },
        { "POST", $"/api/ticketing/issues/{Missing}/dispatch",               "dispatch",     [401, 404, 403, 403, 403, 403] },
        { "POST", $"/api/ticketing/issues/{Missing}/accept",                 "",             [401, 403, 403, 403, 404, 403] },
        { "POST", $"/api/ticketing/issues/{Missing}/return",                 "return",       [401, 403, 403, 403, 404, 403] },
        { "POST", $"/api/ticketing/issues/{Missing}/progress",               "progress",     [401, 403, 403, 403, 404, 403] },
        { "POST", $"/api/ticketing/issues/{Missing}/rectification",          "rectify",      [401, 403, 403, 403, 404, 403] },
        { "POST", $"/api/ticketing/issues/{Missing}/feedback",               "feedback",     [401, 404, 403, 403, 403, 403] },
        { "POST", $"/api/ticketing/issues/{Missing}/acceptance",             "acceptance",   [401, 404, 403, 404, 403, 403] },
        { "POST", $"/api/ticketing/issues/{Missing}/objection",              "objection",    [401, 404, 403, 404, 403, 403] },
        { "GET",  $"/api/ticketing/issues/{Missing}/history",                "",             [401, 404, 403, 403, 403, 404] },
        { "GET",  $"/api/ticketing/issues/{Missing}/timeline",               "",             [401, 404, 403, 404, 403, 403] },
        { "POST", $"/api/ticketing/issues/{Missing}/expose",                 "expose",       [401, 404, 403, 403, 403, 403] },
        { "POST", $"/api/ticketing/issues/{Missing}/return/decision",        "return-decision", [401, 404, 403, 403, 403, 403] },
        { "POST", $"/api/ticketing/issues/{Missing}/extension",              "extension",    [401, 403, 403, 403, 404, 403] },
        { "POST", $"/api/ticketing/issues/{Missing}/extension/decision",     "extension-decision", [401, 404, 403, 403, 403, 403] },
        { "POST", $"/api/ticketing/issues/{Missing}/material-request",       "material",     [401, 403, 403, 403, 404, 403] },
        { "POST", $"/api/ticketing/issues/{Missing}/material",               "material",     [401, 404, 403, 403, 403, 403] },
        { "POST", $"/api/ticketing/issues/{Missing}/review",                 "review",       [401, 404, 403, 403, 403, 403] },
        { "POST", $"/api/ticketing/issues/{Missing}/merge",                  "merge",        [401, 404, 403, 403, 403, 403] },
        { "POST", $"/api/ticketing/issues/{Missing}/reclassify",             "reclassify",   [401, 404, 403, 403, 403, 403] },
        { "POST", $"/api/ticketing/issues/{Missing}/close",                  "close",        [401, 404, 403, 403, 403, 403] },
        { "POST", $"/api/ticketing/issues/{Missing}/discipline-handling",    "discipline",   [401, 403, 403, 403, 403, 404] },
        { "GET",  $"/api/ticketing/issues/{Missing}/discipline-handling",    "",             [401, 404, 403, 403, 403, 404] },
        { "GET",  "/api/public/notices",                                     "",             [200, 200, 200, 200, 200, 200] },
        { "GET",  "/api/public/complaints/WT-19990101-0001?code=ABCDEFGHJK", "",             [404, 404, 404, 404, 404, 404] },
        { "GET",  $"/api/ticketing/issues/{Missing}/attachments",            "",             [401, 404, 404, 404, 404, 404] },
        { "GET",  $"/api/ticketing/issues/{Missing}/identity-views",         "",             [401, 404, 403, 403, 403, 404] },
        { "GET",  "/api/ticketing/open311/v2/requests.json",                 "",             [401, 200, 403, 403, 403, 403] },
        { "GET",  "/api/ticketing/open311/v2/services.json",                 "",             [401, 200, 403, 403, 403, 403] },
        { "POST", "/api/ticketing/departments",                              "department",   [401, 400, 403, 403, 403, 403] },
        { "PUT",  "/api/ticketing/departments/no-such-unit",                 "department-update", [401, 404, 403, 403, 403, 403] },
        { "GET",  "/api/public/cases",                                       "",             [200, 200, 200, 200, 200, 200] },
        { "GET",  "/api/ticketing/calendar/2026",                            "",             [401, 200, 200, 200, 200, 200] },
        { "PUT",  "/api/ticketing/calendar/2099",                            "calendar",     [401, 200, 403, 403, 403, 403] },
        { "GET",  "/api/ticketing/dispatch/default-deadlines",               "",             [401, 200, 403, 403, 403, 403] },
        { "GET",  "/api/ticketing/issues?sort=deadline",                     "",             [401, 200, 200, 200, 200, 200] },
        { "GET",  "/api/ticketing/departments",                              "",             [401, 200, 200, 200, 200, 200] },
        { "GET",  "/api/notifications/inbox",                                "",             [401, 200, 200, 200, 200, 200] },
        { "POST", $"/api/notifications/inbox/{Missing}/read",                "",             [401, 404, 404, 404, 404, 404] },
        { "GET",  "/api/notifications/deliveries",                           "",             [401, 200, 403, 403, 200, 403] },
        { "POST", $"/api/notifications/deliveries/{Missing}/retry",          "",             [401, 404, 403, 403, 403, 403] },
        { "GET",  "/api/notifications/preferences",                          "",             [401, 200, 200, 200, 200, 200] },
        { "PUT",  "/api/notifications/preferences",                          "preferences",  [401, 200, 200, 200, 200, 200] },
        { "POST", "/api/notifications/webhooks",                             "webhook",      [401, 400, 403, 403, 403, 403] },
        { "GET",  "/api/reports/issues/summary",                             "",             [401, 200, 403, 403, 403, 403] },
        { "GET",  "/api/reports/duties/2026-H2",                             "",             [401, 200, 403, 403, 403, 403] },
        { "GET",  "/api/reports/awards/ranking?year=2026",                   "",             [401, 200, 403, 403, 403, 403] },
        { "GET",  "/api/reports/periodic/2026-H2",                           "",             [401, 200, 403, 403, 403, 403] },
        { "GET",  "/api/reports/departments/scorecard?period=2026-11",       "",             [401, 200, 403, 403, 403, 403] },
        { "POST", "/api/reports/rebuild",                                    "",             [401, 200, 403, 403, 403, 403] },
        { "GET",  "/api/public/departments",                                 "",             [200, 200, 200, 200, 200, 200] },
        { "GET",  "/api/public/appointments",                                "",             [200, 200, 200, 200, 200, 200] },
        { "POST", $"/api/roster/supervisors/{Missing}/reappoint",            "reappoint",    [401, 404, 403, 403, 403, 403] },
        { "GET",  Submission,                                                "",             [401, 404, 403, 404, 403, 403] },
        { "POST", $"{Submission}/forward",                                   "forward",      [401, 404, 403, 403, 403, 403] },
        { "GET",  $"{Submission}/attachments/{Missing}",                     "",             [401, 404, 403, 404, 403, 403] },
        { "GET",  "/api/roster/trainings",                                   "",             [401, 200, 403, 200, 403, 403] },
        { "GET",  $"/api/roster/trainings/{Missing}",                        "",             [401, 404, 403, 404, 403, 403] },
        { "POST", $"/api/roster/trainings/{Missing}/read",                   "",             [401, 403, 403, 404, 403, 403] },
        { "GET",  "/api/roster/tasks",                                       "",             [401, 200, 403, 200, 403, 403] },
        { "GET",  $"/api/roster/tasks/{Missing}",                            "",             [401, 404, 403, 404, 403, 403] },
        { "GET",  $"/api/roster/meetings/{Missing}",                         "",             [401, 404, 403, 403, 403, 403] },
        { "POST", $"/api/roster/meetings/{Missing}/minutes",                 "minutes",      [401, 404, 403, 403, 403, 403] },
        { "POST", $"/api/roster/supervisors/{Missing}/applications",         "application",  [401, 403, 403, 404, 403, 403] },
        { "GET",  $"/api/roster/supervisors/{Missing}/applications",         "",             [401, 404, 403, 404, 403, 403] },
        { "POST", $"/api/roster/supervisors/{Missing}/applications/{Missing}/decision", "decision", [401, 404, 403, 403, 403, 403] },
        { "GET",  "/api/roster/applications",                                "",             [401, 200, 403, 403, 403, 403] },
        { "POST", $"/api/roster/supervisors/{Missing}/declarations",         "declaration",  [401, 403, 403, 404, 403, 403] },
        { "GET",  $"/api/roster/supervisors/{Missing}/declarations",         "",             [401, 404, 403, 404, 403, 403] },
        { "GET",  $"/api/roster/supervisors/{Missing}/declarations/{Missing}", "",           [401, 404, 403, 404, 403, 403] },
        { "POST", $"/api/roster/supervisors/{Missing}/declarations/{Missing}/decision", "decision", [401, 404, 403, 403, 403, 403] },
        { "GET",  "/api/roster/declarations",                                "",             [401, 200, 403, 403, 403, 403] },
        { "GET",  "/api/public/roster",                                      "",             [200, 200, 200, 200, 200, 200] },
        { "GET",  "/api/public/roster/2026",                                 "",             [200, 200, 200, 200, 200, 200] },
        { "GET",  "/api/public/certificates/JN-1999-0001",                   "",             [404, 404, 404, 404, 404, 404] },
        { "GET",  "/api/public/contact",                                     "",             [200, 200, 200, 200, 200, 200] },
        { "GET",  "/api/identity/accounts",                                  "",             [401, 200, 403, 403, 403, 403] },
        { "GET",  "/api/ticketing/issues?signForOverdue=true&dueOn=2026-12-01&awaiting=feedback", "", [401, 200, 200, 200, 200, 200] },
        { "GET",  "/api/ticketing/issues/counts",                            "",             [401, 200, 403, 403, 200, 403] },
        { "POST", "/api/identity/activate",                                  "activation",   [400, 400, 400, 400, 400, 400] },
        // A JSON body is not the form OAuth asks for: OpenIddict refuses it before anyone is signed in.
        { "POST", "/connect/token",                                          "",             [400, 400, 400, 400, 400, 400] },
        { "GET",  "/api/identity/pledge",                                    "",             [200, 200, 200, 200, 200, 200] },
        { "POST", "/api/identity/accounts",                                  "account",      [401, 400, 403, 403, 403, 403] },
        { "POST", $"/api/identity/accounts/{Missing}/disable",               "",             [401, 404, 403, 403, 403, 403] },
        { "POST", $"/api/identity/accounts/{Missing}/enable",                "",             [401, 404, 403, 403, 403, 403] },
        { "POST", $"/api/identity/accounts/{Missing}/reset-password",        "",             [401, 404, 403, 403, 403, 403] },
        { "GET",  "/api/operations/error-queues",                            "",             [401, 200, 403, 403, 403, 403] },
        { "POST", "/api/operations/error-queues/no-such-queue_error/retry",   "",             [401, 404, 403, 403, 403, 403] },
        { "POST", $"/api/operations/error-queues/no-such-queue_error/messages/{Missing}/retry", "", [401, 404, 403, 403, 403, 403] },
        // Uploads are forms: a role allowed through gets as far as the form binding (400 problem for a request without one).
        { "POST", $"{Submission}/attachments",                               "",             [401, 403, 403, 400, 403, 403] },
        { "POST", $"/api/ticketing/issues/{Missing}/attachments",            "",             [401, 400, 403, 400, 400, 403] },
        { "GET",  $"/api/ticketing/issues/{Missing}/attachments/{Missing}",  "",             [401, 404, 404, 404, 404, 404] },
        { "POST", $"/api/roster/trainings/{Missing}/attendance",             "attendance",   [401, 404, 403, 403, 403, 403] },
        { "POST", "/api/public/complaints",                                  "complaint",    [400, 400, 400, 400, 400, 400] },
        { "GET",  "/api/notifications/webhooks",                             "",             [401, 200, 403, 403, 403, 403] },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Route_AnswersEachRoleAsTheContractSays(string method, string path, string body, int[] expected)
    {
        var tokens = await TokensAsync();
        for (var role = Anon; role <= Discipline; role++)
        {
            using var response = await SendAsRoleAsync(new HttpMethod(method), path, tokens[role], Body(body, role), role);
            Assert.True((int)response.StatusCode == expected[role],
                $"{method} {path} as {RoleName(role)}: expected {expected[role]}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>
    /// The table above is checked against what the services publish: every route of every OpenAPI
    /// document has a row, and every row names a route that exists. A route added without a row, or
    /// removed with its row left behind, fails here.
    /// </summary>
    [Fact]
    public async Task Matrix_HasARowForEveryRouteOfTheOpenApiDocuments_AndNoRowForARouteThatIsGone()
    {
        var documented = new List<string>();
        foreach (var service in new[] { "identity", "roster", "ticketing", "notification", "reporting" })
        {
            var document = await platform.Accounts.SendOkAsync(HttpMethod.Get, $"/docs/{service}/openapi.json", token: null!);
            documented.AddRange(document.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
                .Where(operation => operation.Name is "get" or "post" or "put" or "delete" or "patch")
                .Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}")));
        }
        // Rows that differ only in their query (a list and the same list filtered) name one route.
        var rows = Matrix.Select(row => $"{row[0]} {((string)row[1]).Split('?')[0]}").Distinct().ToList();

        var matched = rows.ToDictionary(row => row, row => BestMatch(row, documented));
        var unknownRows = matched.Where(pair => pair.Value is null).Select(pair => pair.Key).ToList();
        var routesWithoutRow = documented.Except(matched.Values.OfType<string>()).ToList();

        Assert.True(unknownRows.Count == 0, "rows naming no documented route: " + string.Join(", ", unknownRows));
        Assert.True(routesWithoutRow.Count == 0, "documented routes without a row: " + string.Join(", ", routesWithoutRow));
    }

    /// <summary>The documented route a concrete row stands for: same method and segments, literal segments preferred.</summary>
    private static string? BestMatch(string row, IEnumerable<string> documented)
    {
        var (method, segments) = (row.Split(' ')[0], row.Split(' ')[1].Trim('/').Split('/'));
        return documented
            .Select(route => (route, template: route.Split(' ')[1].Trim('/').Split('/')))
            .Where(r => r.route.StartsWith(method + " ", StringComparison.Ordinal) && r.template.Length == segments.Length
                && r.template.Zip(segments).All(p => p.First.StartsWith('{') || p.First == p.Second))
            .OrderBy(r => r.template.Count(t => t.StartsWith('{')))
            .Select(r => r.route)
            .FirstOrDefault();
    }

    /// <summary>
    /// Each role from its own client address (the gateway believes X-Forwarded-For from loopback), so
    /// public POSTs, limited per address, are not refused with 429 for the sixth role of a row.
    /// </summary>
    private Task<HttpResponseMessage> SendAsRoleAsync(HttpMethod method, string path, string? token, object? body, int role)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Forwarded-For", $"198.51.100.{10 + role}");
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }
        if (body is not null)
        {
            request.Content = System.Net.Http.Json.JsonContent.Create(body);
        }
        return platform.Gateway.SendAsync(request);
    }

    private static object? Body(string name, int role) => name switch
    {
        "account" => new { userName = "", displayName = "", role = "supervisor" },
        "complaint" => new { title = "", description = "" },
        "nomination" => ValidNomination,
        "vetting" => new { conditionsMet = true, disqualifiers = Array.Empty<object>() },
        "reject" => new { reason = "材料不全" },
        "appoint" => new { },
        "action" => new { kind = "criticism", reasonCode = "discipline-violation", note = "提醒" },
        "issue" => role == Office ? OfficeComplaint : SupervisorIssue,
        "dispatch" => new { kind = "transfer", departmentCode = "market-regulation" },
        "return" => new { reason = "不属于本单位" },
        "progress" => new { note = "办理中" },
        "rectify" => new { summary = "已整改" },
        "feedback" => new { message = "已办结" },
        "acceptance" => new { rating = 5 },
        "objection" => new { reason = "未整改" },
        "expose" => new { title = "案例", summary = "摘要" },
        "return-decision" => new { decision = "send-back" },
        "extension" => new { until = "2099-01-01T00:00:00+08:00", reason = "需现场核查" },
        "extension-decision" => new { granted = true },
        "material" => new { note = "营业执照复印件" },
        "review" => new { approved = true },
        "merge" => new { intoIssueId = Guid.NewGuid() },
        "reclassify" => new { category = "other", reason = "分类有误" },
        "close" => new { outcome = "explained", reason = "已解释说明" },
        "discipline" => new { stage = "received" },
        "department" => new { code = "Not Valid", name = "" },
        "department-update" => new { name = "区某局" },
        "preferences" => new { channels = new[] { "inbox", "email" } },
        "webhook" => new { recipient = "role:office", url = "not a url", secret = "short" },
        "submission" => new { ledger = "台账", suggestionTitle = "建议", suggestion = "内容" },
        "meeting" => new { kind = "special", title = "专题会", startsAt = "2026-12-20T09:00:00+08:00", invitedSupervisorIds = Array.Empty<Guid>() },
        "attendance" => new { supervisorIds = Array.Empty<Guid>() },
        "training" => new { title = "营商环境法规学习", material = "《优化营商环境条例》全文及解读。" },
        "task" => new { kind = "mystery-visit", title = "明察暗访", description = "走访窗口", assignedSupervisorIds = Array.Empty<Guid>() },
        "result" => new { result = "已完成" },
        "award" => new { year = 2026, title = "优秀监督员" },
        "reappoint" => new { nominationId = Guid.NewGuid() },
        "forward" => new { departmentCodes = new[] { "market-regulation" }, note = "请研究" },
        "minutes" => new { heldOn = "2026-11-01", minutes = "纪要" },
        "application" => new { kind = "resignation", reason = "工作调动" },
        "declaration" => new { kind = "gift", summary = "茶叶一盒", details = "已退回" },
        "decision" => new { approved = true },
        "calendar" => new { holidays = new[] { "2099-01-01" }, makeUpWorkdays = Array.Empty<string>() },
        "activation" => new { certificateNumber = "JN-1999-0001", activationCode = "WRONGCODE", password = "Password2026x" },
        _ => null,
    };

    private static string RoleName(int role) => new[] { "anonymous", "office", "nominator", "supervisor", "department", "discipline" }[role];

    private static Task<string?[]>? _tokens;
    private static readonly object Gate = new();

    private Task<string?[]> TokensAsync()
    {
        lock (Gate)
        {
            return _tokens ??= SignInEveryRoleAsync();
        }
    }

    private async Task<string?[]> SignInEveryRoleAsync()
    {
        var accounts = platform.Accounts;
        var supervisor = await accounts.AppointSupervisorAsync("王五");
        return
        [
            null,
            await accounts.TokenAsync("office"),
            await accounts.TokenAsync("nominator.federation-commerce"),
            supervisor.Token,
            await accounts.DepartmentSystemTokenAsync("market-regulation"),
            await accounts.TokenAsync("discipline"),
        ];
    }
}
