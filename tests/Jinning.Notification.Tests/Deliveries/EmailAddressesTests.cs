using Jinning.Notification.Deliveries;

namespace Jinning.Notification.Tests.Deliveries;

public sealed class EmailAddressesTests
{
    [Theory]
    [InlineData("5.1.1 <zhou.lihua@example.cn>: Recipient address rejected", "5.1.1 <<address>>: Recipient address rejected")]
    [InlineData("Mailbox unavailable: li_si+jn@mail.example.com (quota)", "Mailbox unavailable: <address> (quota)")]
    [InlineData("Connection refused 127.0.0.1:2525", "Connection refused 127.0.0.1:2525")]
    public void Redact_RemovesAddresses_AndKeepsTheReason(string error, string logged) =>
        Assert.Equal(logged, EmailAddresses.Redact(error));
}
