using Jinning.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Jinning.Ticketing.Data;

internal sealed class TicketingDbContextFactory : IDesignTimeDbContextFactory<TicketingDbContext>
{
    public TicketingDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<TicketingDbContext>());
}
