using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Jinning.Persistence;

/// <summary>
/// EF checks a concurrency token only on the rows it updates. A change only in an owned part kept in its
/// own table (a supervisor's past terms, an added action) leaves the aggregate's row alone, so two such
/// changes would both pass. Before saving, each unchanged aggregate root with a <see cref="RowVersion"/>
/// whose owned parts changed is touched: one of its columns is written back unchanged, so its row is
/// updated under the version it was read with, and a racing change of the same aggregate loses.
/// </summary>
public sealed class OwnedChangeTouchesOwner : SaveChangesInterceptor, IServiceDatabaseInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context) TouchOwners(context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) TouchOwners(context);
        return ValueTask.FromResult(result);
    }

    public static void TouchOwners(DbContext context)
    {
        var entries = context.ChangeTracker.Entries().ToList();
        var changedOwned = entries
            .Where(e => e.Metadata.IsOwned() && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        foreach (var owned in changedOwned)
        {
            if (RootOf(owned, entries) is { State: EntityState.Unchanged } root
                && root.Metadata.FindProperty(RowVersion.PropertyName) is not null)
            {
                Touch(root);
            }
        }
    }

    private static EntityEntry? RootOf(EntityEntry entry, IReadOnlyList<EntityEntry> entries)
    {
        var current = entry;
        while (current.Metadata.FindOwnership() is { } ownership)
        {
            var keyValues = ownership.Properties.Select(p => current.Property(p.Name).OriginalValue).ToArray();
            var principalKey = ownership.PrincipalKey.Properties;
            current = entries.FirstOrDefault(e => e.Metadata == ownership.PrincipalEntityType
                && principalKey.Select(p => e.Property(p.Name).CurrentValue).SequenceEqual(keyValues));
            if (current is null) return null;
        }
        return current;
    }

    private static void Touch(EntityEntry root)
    {
        var property = root.Metadata.GetProperties().FirstOrDefault(p =>
            !p.IsKey() && !p.IsConcurrencyToken && p.ValueGenerated == ValueGenerated.Never && !p.IsShadowProperty());
        if (property is not null)
        {
            root.Property(property.Name).IsModified = true;
        }
    }
}
