using System.Data.Common;
using Jinning.Notification.Deliveries;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Jinning.Notification.Channels;

/// <summary>
/// E-mail over SMTP with MailKit. The server comes from the <c>mail</c> connection string
/// (<c>Endpoint=smtp://host:port</c>): the development mail server under the AppHost, a real one by configuration.
/// </summary>
public sealed class EmailSender(IConfiguration configuration) : IChannelSender
{
    public DeliveryChannel Channel => DeliveryChannel.Email;

    public async Task SendAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        var endpoint = SmtpEndpoint(configuration.GetConnectionString("mail"));
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(configuration["Notification:Email:FromName"] ?? "晋宁区营商环境办",
            configuration["Notification:Email:From"] ?? "noreply@jinning.gov.cn"));
        message.To.Add(MailboxAddress.Parse(delivery.Target));
        message.Subject = delivery.Subject;
        message.Headers.Add("X-Jinning-Delivery", delivery.Id.ToString());
        message.Body = new TextPart("plain") { Text = delivery.Body };

        using var client = new SmtpClient();
        await client.ConnectAsync(endpoint.Host, endpoint.Port, SecureSocketOptions.Auto, cancellationToken);
        if (configuration["Notification:Email:UserName"] is { Length: > 0 } user)
        {
            await client.AuthenticateAsync(user, configuration["Notification:Email:Password"] ?? "", cancellationToken);
        }
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    public static Uri SmtpEndpoint(string? connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString ?? "" };
        return builder.TryGetValue("Endpoint", out var endpoint) && Uri.TryCreate(endpoint?.ToString(), UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException("The 'mail' connection string must name Endpoint=smtp://host:port.");
    }
}
