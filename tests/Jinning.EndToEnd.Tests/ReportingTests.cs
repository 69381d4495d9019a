using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jinning.Testing;

namespace Jinning.EndToEnd.Tests;

/// <summary>P1–P5 through the gateway: figures from events, exports, rebuild, and what the public may see.</summary>
[Collection(PlatformCollection.Name)]
public sealed partial class ReportingTests(PlatformFixture platform)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [GeneratedRegex(@"\d{17}[\dXx]")]
    private static partial Regex IdNumber();

    [Fact]
    public async Task NoPublicRoute_ReturnsAReporterOrAnIdNumber()
    {
        var accounts = platform.Accounts;
        var office = await accounts.TokenAsync("office");
        var supervisor = await accounts.AppointSupervisorAsync("冯九");
        var department = await accounts.DepartmentSystemTokenAsync("transport");
        var issue = await accounts.SendOkAsync(HttpMethod.Post, "/api/ticketing/issues", supervisor.Token, new
        {
            title = $"货运车辆年检排队 {Guid.NewGuid():N}", description = "年检站窗口少。", category = "window-service", channel = "web",
        });
        var id = issue.GetProperty("id").GetGuid();
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/dispatch", office, new { kind = "transfer", departmentCode = "transport" });
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/accept", department);
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/rectification", department, new { summary = "增开窗口。" });
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/feedback", office, new { message = "已增开窗口。" });
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/acceptance", supervisor.Token, new { rating = 5 });
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{id}/expose", office, new { title = "年检窗口不足", summary = "某年检站窗口不足，已整改。" });

        var year = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year;
        var paths = new[] { "/api/public/roster", $"/api/public/roster/{year}", "/api/public/cases", "/api/public/contact", "/api/public/departments", "/api/public/appointments",
            $"/api/public/certificates/{supervisor.CertificateNumber}" };
        await Eventually.WaitForAsync(() => accounts.SendOkAsync(HttpMethod.Get, "/api/public/appointments", office),
            body => body.EnumerateArray().Any(y => y.GetProperty("year").GetInt32() == year && y.GetProperty("appointed").GetInt32() > 0), Patience, "the appointments per year");
        foreach (var path in paths)
        {
            var response = await accounts.SendAsync(HttpMethod.Get, path, token: null);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
            Assert.DoesNotMatch(IdNumber(), body);
            Assert.DoesNotContain("idNumber", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("reporter", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(supervisor.Id.ToString(), body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("13800000000", body);
        }
    }

    [Fact]
    public async Task PublicDepartmentFigures_WithholdSmallCounts()
    {
        var body = await platform.Accounts.SendAsync(HttpMethod.Get, "/api/public/departments", token: null);
        Assert.Equal(HttpStatusCode.OK, body.StatusCode);
        var figures = JsonDocument.Parse(await body.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(5, figures.GetProperty("minimumCount").GetInt32());
        foreach (var department in figures.GetProperty("departments").EnumerateArray())
        {
            if (department.GetProperty("handled").ValueKind == JsonValueKind.Null)
            {
                Assert.True(department.GetProperty("suppressed").GetBoolean());
                Assert.Equal(JsonValueKind.Null, department.GetProperty("onTimeRate").ValueKind);
                Assert.Equal(JsonValueKind.Null, department.GetProperty("satisfactionRate").ValueKind);
            }
            else
            {
                Assert.True(department.GetProperty("handled").GetInt32() >= 5);
            }
        }
    }

    [Fact]
    public async Task PeriodicReport_ComesAsJsonCsvAndXlsx_AndRebuildKeepsTheFigures()
    {
        var accounts = platform.Accounts;
        var office = await accounts.TokenAsync("office");
        var supervisor = await accounts.AppointSupervisorAsync("陈十");
        await accounts.SendOkAsync(HttpMethod.Post, "/api/ticketing/issues", supervisor.Token, new
        {
            title = $"执法检查过频 {Guid.NewGuid():N}", description = "一月内检查五次。", category = "law-enforcement", channel = "web",
        });
        var year = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year;
        var json = await Eventually.WaitForAsync(() => accounts.SendOkAsync(HttpMethod.Get, $"/api/reports/periodic/{year}", office),
            body => body.GetProperty("byCategory").EnumerateArray().Any(g => g.GetProperty("key").GetString() == "law-enforcement"), Patience, "the annual report");
        Assert.Contains("年度报告", json.GetProperty("title").GetString());

        using var csvRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/reports/periodic/{year}");
        csvRequest.Headers.Authorization = new AuthenticationHeaderValue("Bearer", office);
        csvRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var csv = await platform.Gateway.SendAsync(csvRequest);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("行政执法", await csv.Content.ReadAsStringAsync());

        var xlsx = await accounts.SendAsync(HttpMethod.Get, $"/api/reports/periodic/{year}-H2?format=xlsx", office);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync())[..2]);
        Assert.Equal(HttpStatusCode.BadRequest, (await accounts.SendAsync(HttpMethod.Get, "/api/reports/periodic/2026-H3", office)).StatusCode);

        var before = await accounts.SendOkAsync(HttpMethod.Get, "/api/reports/issues/summary?groupBy=category", office);
        var rebuilt = await accounts.SendOkAsync(HttpMethod.Post, "/api/reports/rebuild", office);
        Assert.True(rebuilt.GetProperty("replayedEvents").GetInt64() > 0);
        var after = await accounts.SendOkAsync(HttpMethod.Get, "/api/reports/issues/summary?groupBy=category", office);
        Assert.True(after.GetProperty("total").GetProperty("count").GetInt32() >= before.GetProperty("total").GetProperty("count").GetInt32());
    }
}
