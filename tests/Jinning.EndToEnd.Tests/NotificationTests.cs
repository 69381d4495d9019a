using System.Net;
using System.Text;
using System.Text.Json;
using Jinning.Testing;
using RabbitMQ.Client;

namespace Jinning.EndToEnd.Tests;

/// <summary>N1–N3: inbox, e-mail read back from the development mail server, signed webhooks with retries and dead letters.</summary>
[Collection(PlatformCollection.Name)]
public sealed class NotificationTests(PlatformFixture platform)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task MajorIssue_ReachesTheOfficeInboxAndMailbox_AndARedeliveredEventSendsOneEmail()
    {
        var accounts = platform.Accounts;
        var office = await accounts.TokenAsync("office");
        await accounts.SendOkAsync(HttpMethod.Put, "/api/notifications/preferences", office, new { email = "office@jinning.test", channels = new[] { "inbox", "email" } });

        // Play ticketing: publish the same event twice with one messageId, as a broker redelivery would.
        var eventId = Guid.NewGuid();
        var trackingNumber = $"WT-20261127-{Random.Shared.Next(5000, 9999)}";
        var envelope = JsonSerializer.Serialize(new
        {
            messageId = eventId,
            messageType = new[] { "urn:message:Jinning.Contracts.V1:IssueReported" },
            message = new
            {
                issueId = Guid.NewGuid(), trackingNumber, title = "重大：园区企业停电三天无人处理", category = "service-commitment",
                channel = "hotline", source = "hotline", major = true, occurredAt = DateTimeOffset.UtcNow,
            },
        });
        var factory = new ConnectionFactory { Uri = new Uri(await platform.PlatformBrokerUriAsync()) };
        await using (var connection = await factory.CreateConnectionAsync())
        await using (var channel = await connection.CreateChannelAsync())
        {
            var properties = new BasicProperties { ContentType = "application/vnd.masstransit+json", MessageId = eventId.ToString() };
            for (var i = 0; i < 2; i++)
            {
                await channel.BasicPublishAsync("Jinning.Contracts.V1:IssueReported", "", mandatory: false, properties, Encoding.UTF8.GetBytes(envelope));
            }
        }

        var mails = await Eventually.WaitForAsync(() => MailsWithSubjectAsync(trackingNumber), found => found.Count >= 1, Patience, "the e-mail in smtp4dev");
        var inbox = await accounts.SendOkAsync(HttpMethod.Get, "/api/notifications/inbox?pageSize=100", office);
        Assert.Single(inbox.GetProperty("items").EnumerateArray(), item => item.GetProperty("title").GetString()!.Contains(trackingNumber));

        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Single(await MailsWithSubjectAsync(trackingNumber));
        var deliveries = await accounts.SendOkAsync(HttpMethod.Get, $"/api/notifications/deliveries?eventId={eventId}", office);
        var delivery = Assert.Single(deliveries.GetProperty("items").EnumerateArray());
        Assert.Equal("sent", delivery.GetProperty("status").GetString());
        Assert.Equal("office@jinning.test", delivery.GetProperty("target").GetString());
        Assert.Contains(mails, mail => mail.Contains("office@jinning.test"));
    }

    [Fact]
    public async Task Webhooks_AreSignedAndRetried_AndAnAlwaysFailingOneEndsInDeadLetters()
    {
        var accounts = platform.Accounts;
        var office = await accounts.TokenAsync("office");
        using var receiver = new WebhookReceiver();
        const string secret = "ecology-webhook-secret-2026";
        foreach (var path in new[] { "ok", "flaky", "down" })
        {
            await accounts.SendOkAsync(HttpMethod.Post, "/api/notifications/webhooks", office, new
            {
                recipient = "department:ecology-environment", url = receiver.BaseUrl + path, secret, description = $"测试 {path}",
            });
        }

        var issue = await accounts.SendOkAsync(HttpMethod.Post, "/api/ticketing/issues", office, new
        {
            title = "环评审批推诿", description = "环评材料被多次退回。", category = "administrative-approval", channel = "mailbox", source = "mailbox",
        });
        await accounts.SendOkAsync(HttpMethod.Post, $"/api/ticketing/issues/{issue.GetProperty("id").GetGuid()}/dispatch", office,
            new { kind = "transfer", departmentCode = "ecology-environment" });

        var deliveries = await Eventually.WaitForAsync(
            () => accounts.SendOkAsync(HttpMethod.Get, "/api/notifications/deliveries?recipient=department:ecology-environment&pageSize=100", office),
            page => page.GetProperty("items").EnumerateArray().Count(d => d.GetProperty("status").GetString() != "pending") >= 3,
            Patience, "all three webhook deliveries to settle");
        var byUrl = deliveries.GetProperty("items").EnumerateArray().ToList();

        var ok = receiver.Requests.Where(r => r.Path == "/ok").ToList();
        var okRequest = Assert.Single(ok);
        Assert.True(WebhookReceiver.SignatureIsValid(okRequest, secret),
            "the signature must be HMAC-SHA256 of the timestamp and the body with the endpoint's secret, and the timestamp recent");
        Assert.False(WebhookReceiver.SignatureIsValid(okRequest, "another-secret-entirely"));
        // Replayed later with the same headers, it is refused: the timestamp is signed, so it cannot be refreshed.
        Assert.False(WebhookReceiver.SignatureIsValid(okRequest with { Timestamp = (long.Parse(okRequest.Timestamp!) + 600).ToString() }, secret));
        Assert.Contains(issue.GetProperty("trackingNumber").GetString()!, okRequest.Body);

        Assert.Equal(3, receiver.Requests.Count(r => r.Path == "/flaky"));
        Assert.Contains(byUrl, d => d.GetProperty("status").GetString() == "sent" && d.GetProperty("attempts").GetInt32() == 3);
        var dead = Assert.Single(byUrl, d => d.GetProperty("status").GetString() == "dead");
        Assert.Equal(4, dead.GetProperty("attempts").GetInt32());
        Assert.Contains("500", dead.GetProperty("lastError").GetString());
        Assert.Equal(4, receiver.Requests.Count(r => r.Path == "/down"));
    }

    [Fact]
    public async Task Inbox_ShowsOnlyTheReadersOwnItems()
    {
        var accounts = platform.Accounts;
        var first = await accounts.AppointSupervisorAsync("韩七");
        var second = await accounts.AppointSupervisorAsync("杨八");

        var mine = await Eventually.WaitForAsync(
            () => accounts.SendOkAsync(HttpMethod.Get, "/api/notifications/inbox", first.Token),
            page => page.GetProperty("items").GetArrayLength() >= 1, Patience, "the appointment notice");
        var items = mine.GetProperty("items").EnumerateArray().ToList();
        Assert.All(items, item => Assert.DoesNotContain("杨八", item.GetProperty("body").GetString()));
        Assert.Contains(items, item => item.GetProperty("body").GetString()!.Contains(first.CertificateNumber));

        var theirs = await Eventually.WaitForAsync(
            () => accounts.SendOkAsync(HttpMethod.Get, "/api/notifications/inbox", second.Token),
            page => page.GetProperty("items").GetArrayLength() >= 1, Patience, "the other supervisor's notice");
        var theirItem = theirs.GetProperty("items")[0].GetProperty("id").GetGuid();
        var markOthers = await accounts.SendAsync(HttpMethod.Post, $"/api/notifications/inbox/{theirItem}/read", first.Token);
        Assert.Equal(HttpStatusCode.NotFound, markOthers.StatusCode);
        var markOwn = await accounts.SendAsync(HttpMethod.Post, $"/api/notifications/inbox/{theirItem}/read", second.Token);
        Assert.Equal(HttpStatusCode.NoContent, markOwn.StatusCode);
    }

    private async Task<List<string>> MailsWithSubjectAsync(string text)
    {
        using var http = new HttpClient { BaseAddress = platform.MailApi };
        var json = JsonDocument.Parse(await http.GetStringAsync("/api/messages?pageSize=500")).RootElement;
        var list = json.ValueKind == JsonValueKind.Array ? json : json.GetProperty("results");
        return list.EnumerateArray().Select(m => m.GetRawText()).Where(raw => raw.Contains(text)).ToList();
    }
}
