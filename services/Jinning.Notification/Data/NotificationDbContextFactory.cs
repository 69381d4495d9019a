using Jinning.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Jinning.Notification.Data;

internal sealed class NotificationDbContextFactory : IDesignTimeDbContextFactory<NotificationDbContext>
{
    public NotificationDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<NotificationDbContext>());
}
