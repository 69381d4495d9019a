using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Jinning.Testing;

namespace Jinning.EndToEnd.Tests.Samples;

/// <summary>
/// The Python and Java clients under <c>samples/department-clients</c>, run against the platform as their README says:
/// each receives its department's issue, checks it against the contract, and handles a redelivery or a forged call once or not at all.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DepartmentSampleClientTests(PlatformFixture platform)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public static TheoryData<string> Languages => ["python", "java"];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Subscriber_ReceivesItsIssue_ChecksTheContract_AndIgnoresARedelivery(string language)
    {
        var queue = $"dept.market-regulation.sample-{language}-{Guid.NewGuid():N}";
        using var work = new TemporaryFolder();
        using var subscriber = Start(language, "subscriber", work.Path, new Dictionary<string, string>
        {
            ["JINNING_BROKER"] = await BrokerAsync(), ["JINNING_DEPARTMENT"] = "market-regulation", ["JINNING_SECRET"] = Accounts.DevelopmentPassword,
            ["JINNING_QUEUE"] = queue, ["JINNING_SEEN_FILE"] = Path.Combine(work.Path, "seen.txt"),
        });
        subscriber.WaitForLine("READY", Patience);
        await using var copy = await CopyQueue.OpenAsync(platform, "market-regulation");

        var tracking = await DispatchAsync("market-regulation", $"{language} 样例：窗口要求重复提交营业执照复印件");
        var received = subscriber.WaitForLine("RECEIVED", Patience);
        Assert.Contains(tracking, received);
        Assert.Contains("transfer 牵头", received);

        // The broker may deliver the same message again (after a lost acknowledgement): the sample must not file it twice.
        await copy.RedeliverAsync(await copy.TakeAsync(tracking), queue);
        Assert.Contains("重复投递", subscriber.WaitForLine("DUPLICATE", Patience));
        Assert.DoesNotContain("REJECTED", subscriber.Output);
        Assert.Single(subscriber.Output.Split('\n'), line => line.StartsWith("RECEIVED"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task WebhookReceiver_TakesASignedFreshNotice_Once_AndRefusesForgedStaleOrBrokenOnes(string language)
    {
        const string secret = "sample-webhook-secret-2026";
        var port = FreePort.Next();
        using var work = new TemporaryFolder();
        using var receiver = Start(language, "webhook", work.Path, new Dictionary<string, string>
        {
            ["JINNING_WEBHOOK_SECRET"] = secret, ["JINNING_WEBHOOK_PORT"] = port.ToString(),
            ["JINNING_SEEN_FILE"] = Path.Combine(work.Path, "seen.txt"),
        });
        receiver.WaitForLine("READY", Patience);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var notice = Notice();

        Assert.Equal(HttpStatusCode.NoContent, await PostAsync(http, notice, secret, now));
        Assert.Contains("IssueTransferred department:market-regulation", receiver.WaitForLine("RECEIVED", Patience));
        Assert.Equal(HttpStatusCode.NoContent, await PostAsync(http, notice, secret, now));
        receiver.WaitForLine("DUPLICATE", Patience);

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(http, notice, "someone-elses-secret", now));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(http, Notice(), secret, now - 600));
        var broken = Notice();
        broken.Remove("subject");
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(http, broken, secret, now));
        Assert.Single(receiver.Output.Split('\n'), line => line.StartsWith("RECEIVED"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task WebhookReceiver_VerifiesARealDeliveryFromThePlatform(string language)
    {
        var secret = $"sample-{language}-{Guid.NewGuid():N}";
        var port = FreePort.Next();
        using var work = new TemporaryFolder();
        using var receiver = Start(language, "webhook", work.Path, new Dictionary<string, string>
        {
            ["JINNING_WEBHOOK_SECRET"] = secret, ["JINNING_WEBHOOK_PORT"] = port.ToString(),
            ["JINNING_SEEN_FILE"] = Path.Combine(work.Path, "seen.txt"),
        });
        receiver.WaitForLine("READY", Patience);
        var office = await platform.Accounts.TokenAsync("office");
        var department = language == "python" ? "natural-resources" : "human-resources";
        await platform.Accounts.SendOkAsync(HttpMethod.Post, "/api/notifications/webhooks", office, new
        {
            recipient = $"department:{department}", url = $"http://127.0.0.1:{port}/", secret, description = $"{language} 样例",
        });

        var tracking = await DispatchAsync(department, $"{language} 样例：不动产登记材料清单与网上公布的不一致");

        var received = receiver.WaitForLine("RECEIVED", Patience);
        Assert.Contains($"department:{department}", received);
        Assert.DoesNotContain("REFUSED", receiver.Output);
        Assert.DoesNotContain("REJECTED", receiver.Output);
        Assert.False(string.IsNullOrEmpty(tracking));
    }

    private SampleProcess Start(string language, string sample, string work, Dictionary<string, string> environment)
    {
        environment["JINNING_GATEWAY"] = platform.Gateway.BaseAddress!.ToString();
        var folder = Path.Combine(SampleProcess.SamplesFolder, language);
        return language == "python"
            ? SampleProcess.Start(SampleProcess.Python, [Path.Combine(folder, sample == "webhook" ? "webhook_receiver.py" : "subscriber.py")],
                work, environment)
            : SampleProcess.Start("bash", [Path.Combine(folder, "run.sh"), sample], work,
                new Dictionary<string, string>(environment) { ["JINNING_SAMPLE_BUILD"] = Path.Combine(work, "build") });
    }

    private async Task<string> BrokerAsync()
    {
        var uri = new Uri(await platform.BrokerAmqpUriAsync("unused", "unused"));
        return $"amqp://{uri.Host}:{uri.Port}";
    }

    private async Task<string> DispatchAsync(string department, string title)
    {
        var accounts = platform.Accounts;
        var office = await accounts.TokenAsync("office");
        var issue = await accounts.SendOkAsync(HttpMethod.Post, "/api/ticketing/issues", office, new
        {
            title, description = $"{title}。企业来电反映。", category = "window-service", channel = "hotline", source = "hotline",
        });
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{issue.GetProperty("id").GetGuid()}/dispatch", office,
            new { kind = "transfer", departmentCode = department });
        return issue.GetProperty("trackingNumber").GetString()!;
    }

    private static JsonObject Notice() => new()
    {
        ["deliveryId"] = Guid.NewGuid(), ["eventId"] = Guid.NewGuid(), ["eventType"] = "IssueTransferred",
        ["recipient"] = "department:market-regulation", ["subject"] = "新转办问题", ["body"] = "请在签收时限内签收。",
        ["createdAt"] = DateTimeOffset.UtcNow,
    };

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, JsonObject notice, string secret, long timestamp)
    {
        var body = notice.ToJsonString();
        var stamp = timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = "sha256=" + Convert.ToHexStringLower(
            HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{stamp}.{body}")));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Jinning-Timestamp", stamp);
        request.Headers.Add("X-Jinning-Signature", signature);
        request.Headers.Add("X-Jinning-Delivery", notice["deliveryId"]!.ToString());
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
