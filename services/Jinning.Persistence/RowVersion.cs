using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Persistence;

/// <summary>
/// Optimistic concurrency on PostgreSQL's <c>xmin</c> system column: every transaction that changes a
/// row gives it a new <c>xmin</c>, so an UPDATE that still expects the value it read changes nothing
/// when someone else committed first, and EF throws <see cref="DbUpdateConcurrencyException"/>
/// (answered 409). A system column: nothing to migrate.
/// </summary>
public static class RowVersion
{
    public const string PropertyName = "RowVersion";

    public static EntityTypeBuilder HasRowVersion(this EntityTypeBuilder builder)
    {
        builder.Property<uint>(PropertyName).HasColumnName("xmin").HasColumnType("xid").IsRowVersion();
        return builder;
    }

    public static EntityTypeBuilder<TEntity> HasRowVersion<TEntity>(this EntityTypeBuilder<TEntity> builder) where TEntity : class
    {
        ((EntityTypeBuilder)builder).HasRowVersion();
        return builder;
    }

    /// <summary>Gives every root entity type assignable to <typeparamref name="TAggregate"/> a row version.</summary>
    public static ModelBuilder HasRowVersionOnEvery<TAggregate>(this ModelBuilder modelBuilder)
    {
        var roots = modelBuilder.Model.GetEntityTypes()
            .Where(type => !type.IsOwned() && typeof(TAggregate).IsAssignableFrom(type.ClrType))
            .Select(type => type.ClrType).ToList();
        foreach (var root in roots)
        {
            modelBuilder.Entity(root).HasRowVersion();
        }
        return modelBuilder;
    }
}
