using Jinning.Notification.Deliveries;

namespace Jinning.Notification.Channels;

/// <summary>Sends one delivery on its channel; throws when the far side did not take it.</summary>
public interface IChannelSender
{
    DeliveryChannel Channel { get; }
    Task SendAsync(Delivery delivery, CancellationToken cancellationToken);
}
