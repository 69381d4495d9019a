using Microsoft.EntityFrameworkCore;

namespace Jinning.Messaging.Ordering;

public static class OrderingModelBuilderExtensions
{
    /// <summary>The tables <see cref="VersionGate"/> keeps its state in: <c>applied_versions</c> and <c>parked_events</c>.</summary>
    public static ModelBuilder AddOrderingTables(this ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new AppliedVersionConfiguration());
        modelBuilder.ApplyConfiguration(new ParkedEventConfiguration());
        return modelBuilder;
    }
}
