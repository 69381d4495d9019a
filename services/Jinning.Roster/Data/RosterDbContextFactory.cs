using Jinning.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Jinning.Roster.Data;

internal sealed class RosterDbContextFactory : IDesignTimeDbContextFactory<RosterDbContext>
{
    public RosterDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<RosterDbContext>());
}
