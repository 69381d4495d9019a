using Jinning.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Jinning.Identity.Data;

internal sealed class IdentityDbContextFactory : IDesignTimeDbContextFactory<IdentityDbContext>
{
    public IdentityDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<IdentityDbContext>());
}
