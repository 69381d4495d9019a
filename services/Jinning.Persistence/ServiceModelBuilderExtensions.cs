using Jinning.Persistence.Idempotency;
using Jinning.Persistence.Revocation;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Persistence;

public static class ServiceModelBuilderExtensions
{
    /// <summary>Adds the revoked sign-in and idempotent request tables to a service's model.</summary>
    public static ModelBuilder AddServiceTables(this ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new RevokedSignInConfiguration());
        modelBuilder.ApplyConfiguration(new IdempotentRequestConfiguration());
        return modelBuilder;
    }
}
