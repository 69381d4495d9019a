using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Jinning.Contracts.V1;
using Jinning.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jinning.Roster.Tests;

/// <summary>D5: half-year work is read by the office and its author, carries files, and is forwarded to departments.</summary>
[Collection(RosterCollection.Name)]
public sealed class SubmissionTests(RosterInfrastructure infrastructure)
{
    private static readonly DateTimeOffset November20 = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    private static async Task<(RosterHost Host, RosterApi Api, RosterApi.Appointed Author, RosterApi.Appointed Other, Guid Submission)>
        SubmittedAsync(RosterInfrastructure infrastructure, string prefix)
    {
        var host = new RosterHost(infrastructure, InfrastructureFixture.NewDatabaseName(prefix), November20);
        var api = new RosterApi(host);
        var author = await api.AppointAsync("甲", new DateOnly(2026, 3, 1));
        var other = await api.AppointAsync("乙", new DateOnly(2026, 3, 1));
        var submission = await api.PostOkAsync(author.Token, "/api/roster/duties/half-years/2026-H2/submissions", new
        {
            ledger = "本半年走访企业 12 家，宣传政策 3 场。",
            suggestionTitle = "关于压缩工程建设项目审批时限的建议",
            suggestion = "建议推行并联审批，压缩审批时限至 30 个工作日。",
        });
        return (host, api, author, other, submission.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Submission_IsReadBackByTheOfficeAndItsAuthor_WithItsFiles_And404ForAnotherSupervisor()
    {
        var (host, api, author, other, id) = await SubmittedAsync(infrastructure, "read");
        await using var owned = host;
        var path = $"/api/roster/duties/half-years/2026-H2/submissions/{id}";

        var uploaded = await api.OkAsync(await UploadAsync(host, author.Token, path, "宣传照片.png", Png));
        var attachmentId = uploaded.GetProperty("id").GetGuid();

        foreach (var reader in new[] { RosterApi.Office, author.Token })
        {
            var read = await api.GetOkAsync(reader, path);
            Assert.Equal("本半年走访企业 12 家，宣传政策 3 场。", read.GetProperty("ledger").GetString());
            Assert.Equal("建议推行并联审批，压缩审批时限至 30 个工作日。", read.GetProperty("suggestion").GetString());
            Assert.Equal("关于压缩工程建设项目审批时限的建议", read.GetProperty("suggestionTitle").GetString());
            Assert.Equal(author.CertificateNumber, read.GetProperty("certificateNumber").GetString());
            Assert.False(read.GetProperty("adoption").GetProperty("adopted").GetBoolean());
            var attachment = Assert.Single(read.GetProperty("attachments").EnumerateArray());
            Assert.Equal("image/png", attachment.GetProperty("contentType").GetString());
            var download = await host.GetAsync(reader, $"{path}/attachments/{attachmentId}");
            Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync());
        }

        Assert.Equal(HttpStatusCode.NotFound, (await host.GetAsync(other.Token, path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.GetAsync(other.Token, $"{path}/attachments/{attachmentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await UploadAsync(host, other.Token, path, "冒充.png", Png)).StatusCode);

        await api.PostOkAsync(RosterApi.Office, $"{path}/adopt", new { note = "转发改局研究" });
        var adopted = await api.GetOkAsync(author.Token, path);
        Assert.True(adopted.GetProperty("adoption").GetProperty("adopted").GetBoolean());
        Assert.Equal("转发改局研究", adopted.GetProperty("adoption").GetProperty("note").GetString());
    }

    [Fact]
    public async Task SubmissionFiles_FollowTheUploadRules_TypeOnTheBytes415_Over10MB413()
    {
        var (host, _, author, _, id) = await SubmittedAsync(infrastructure, "files");
        await using var owned = host;
        var path = $"/api/roster/duties/half-years/2026-H2/submissions/{id}";

        var disguised = await UploadAsync(host, author.Token, path, "台账.png", "%PDF-1.7 not a picture"u8.ToArray());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, disguised.StatusCode);
        Assert.Equal("不支持的附件类型", (await RosterApi.ProblemAsync(disguised)).GetProperty("title").GetString());

        var huge = new byte[10 * 1024 * 1024 + 1];
        "%PDF-"u8.CopyTo(huge);
        var tooLarge = await UploadAsync(host, author.Token, path, "台账.pdf", huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);

        var pdf = await UploadAsync(host, author.Token, path, "台账.pdf", "%PDF-1.7 ledger"u8.ToArray());
        Assert.Equal(HttpStatusCode.Created, pdf.StatusCode);
    }

    [Fact]
    public async Task Forward_PublishesSuggestionForwarded_AndRecordsEachTrackingNumberOnce_EvenWhenRedelivered()
    {
        var (host, api, author, _, id) = await SubmittedAsync(infrastructure, "forward");
        await using var owned = host;
        var path = $"/api/roster/duties/half-years/2026-H2/submissions/{id}";

        var forwarded = await api.PostOkAsync(RosterApi.Office, $"{path}/forward",
            new { departmentCodes = new[] { "housing-construction", "government-services" }, note = "请研究采纳并反馈" });
        Assert.All(forwarded.GetProperty("forwardedTo").EnumerateArray(),
            f => Assert.Equal(JsonValueKind.Null, f.GetProperty("trackingNumber").ValueKind));

        var published = Assert.Single(await api.EventsAsync<SuggestionForwarded>());
        Assert.Equal(id, published.GetProperty("submissionId").GetGuid());
        Assert.Equal(author.Id, published.GetProperty("supervisorId").GetGuid());
        Assert.Equal("2026-H2", published.GetProperty("period").GetString());
        Assert.Equal(["housing-construction", "government-services"], published.GetProperty("departmentCodes").EnumerateArray()
            .Select(c => c.GetString()));
        Assert.Equal("建议推行并联审批，压缩审批时限至 30 个工作日。", published.GetProperty("suggestion").GetString());
        Assert.Equal("请研究采纳并反馈", published.GetProperty("note").GetString());

        var again = await host.PostAsync(RosterApi.Office, $"{path}/forward", new { departmentCodes = new[] { "housing-construction" } });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        // Ticketing answers each department; the first answer arrives twice with one message ID, and once more under another.
        var bus = host.Services.GetRequiredService<IBus>();
        var housing = Opened(id, "housing-construction", "WT-20261120-0007");
        var redeliveryId = NewId.NextGuid();
        await bus.Publish(housing, context => context.MessageId = redeliveryId);
        await WaitForTrackingNumberAsync(api, path, "housing-construction", "WT-20261120-0007");
        await bus.Publish(housing, context => context.MessageId = redeliveryId);
        var reissued = NewId.NextGuid();
        await bus.Publish(housing with { IssueId = Guid.NewGuid(), TrackingNumber = "WT-20261120-0099" },
            context => context.MessageId = reissued);
        await bus.Publish(Opened(id, "government-services", "WT-20261120-0008"));

        await WaitForTrackingNumberAsync(api, path, "government-services", "WT-20261120-0008");
        await RosterApi.Eventually(() => Task.FromResult(host.Logs.Messages.ToList()),
            logs => logs.Any(l => l.Contains(redeliveryId.ToString()) && l.Contains("already applied"))
                && logs.Any(l => l.Contains("already recorded as WT-20261120-0007")),
            "both repeats of the housing answer to be consumed");

        var read = await api.GetOkAsync(author.Token, path);
        var housingEntries = read.GetProperty("forwardedTo").EnumerateArray()
            .Where(f => f.GetProperty("departmentCode").GetString() == "housing-construction");
        Assert.Equal("WT-20261120-0007", Assert.Single(housingEntries).GetProperty("trackingNumber").GetString());
        var file = await api.GetOkAsync(author.Token, $"/api/roster/supervisors/{author.Id}/file");
        Assert.Equal(["WT-20261120-0007", "WT-20261120-0008"],
            file.GetProperty("halfYearWork")[0].GetProperty("forwardedTrackingNumbers").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task Forward_RefusesBadDepartmentLists_AndSubmissionsRefuseNulCharacters_As400PerField()
    {
        var (host, api, author, _, id) = await SubmittedAsync(infrastructure, "badinput");
        await using var owned = host;
        var path = $"/api/roster/duties/half-years/2026-H2/submissions/{id}";

        foreach (var codes in new object?[] { Array.Empty<string>(), new[] { "market-regulation", "market-regulation" },
            new[] { "Market Regulation" }, new string?[] { null }, null })
        {
            var response = await host.PostAsync(RosterApi.Office, $"{path}/forward", new { departmentCodes = codes });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await RosterApi.ProblemAsync(response)).GetProperty("errors").TryGetProperty("departmentCodes", out _));
        }
        var wrongType = await host.PostAsync(RosterApi.Office, $"{path}/forward", new { departmentCodes = 42 });
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        var typeProblem = await RosterApi.ProblemAsync(wrongType);
        Assert.True(typeProblem.GetProperty("errors").TryGetProperty("departmentCodes", out _), typeProblem.GetRawText());
        Assert.Contains("请求内容无法读取", typeProblem.GetProperty("detail").GetString());
        var hugePage = await host.GetAsync(RosterApi.Office, "/api/roster/tasks?page=2147483647&pageSize=100");
        Assert.Equal(HttpStatusCode.OK, hugePage.StatusCode);
        var notANumber = await host.GetAsync(RosterApi.Office, "/api/roster/meetings?year=99999999999");
        Assert.Equal(HttpStatusCode.BadRequest, notANumber.StatusCode);
        Assert.Equal("请求格式不正确", (await RosterApi.ProblemAsync(notANumber)).GetProperty("title").GetString());

        var other = await api.AppointAsync("丙", new DateOnly(2026, 3, 1));
        var nul = await host.PostAsync(other.Token, "/api/roster/duties/half-years/2026-H2/submissions",
            new { ledger = "台账\u0000内容", suggestionTitle = "标题", suggestion = "内容" });
        Assert.Equal(HttpStatusCode.BadRequest, nul.StatusCode);
        Assert.True((await RosterApi.ProblemAsync(nul)).GetProperty("errors").TryGetProperty("ledger", out _));
        Assert.Empty(await api.EventsAsync<SuggestionForwarded>());
        Assert.Equal(1, await host.QueryAsync(db => db.HalfYearSubmissions.CountAsync()));
    }

    private static SuggestionIssueOpened Opened(Guid submissionId, string department, string trackingNumber) => new()
    {
        SubmissionId = submissionId, DepartmentCode = department, IssueId = Guid.NewGuid(), TrackingNumber = trackingNumber,
        OccurredAt = DateTimeOffset.UtcNow,
    };

    private static Task WaitForTrackingNumberAsync(RosterApi api, string path, string department, string trackingNumber) =>
        RosterApi.Eventually(() => api.GetOkAsync(RosterApi.Office, path),
            view => view.GetProperty("forwardedTo").EnumerateArray().Any(f =>
                f.GetProperty("departmentCode").GetString() == department && f.GetProperty("trackingNumber").GetString() == trackingNumber),
            $"the tracking number of {department}");

    private static async Task<HttpResponseMessage> UploadAsync(RosterHost host, string token, string path, string fileName, byte[] content)
    {
        using var client = host.ClientFor(token);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.PostAsync($"{path}/attachments", form);
    }
}
