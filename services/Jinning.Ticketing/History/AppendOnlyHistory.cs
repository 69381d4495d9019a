using Jinning.Ticketing.Data;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.History;

/// <summary>
/// Makes the history and the identity-view log append-only in the database itself, after each
/// migration. Where the AppHost provisioned roles, <c>seal_append_only_tables()</c> hands both tables
/// to another role and leaves the service's own connection SELECT and INSERT only, so UPDATE, DELETE
/// and TRUNCATE fail with "permission denied" whatever code tries. A trigger that refuses them too
/// stays as a second line (and is the only one where the service runs as the superuser, in tests).
/// </summary>
public static class AppendOnlyHistory
{
    public static async Task InstallAsync(TicketingDbContext db, CancellationToken cancellationToken)
    {
        // Once sealed, the tables are no longer the service's: their triggers were installed before, and stay.
        var owned = await db.Database.SqlQuery<bool>($"""
            SELECT pg_get_userbyid(relowner) = current_user AS "Value" FROM pg_class WHERE oid = 'issue_history'::regclass
            """).SingleAsync(cancellationToken);
        if (owned)
        {
            await InstallTriggersAsync(db, cancellationToken);
        }
        var sealable = await db.Database.SqlQuery<bool>($"""
            SELECT to_regprocedure('public.seal_append_only_tables()') IS NOT NULL AS "Value"
            """).SingleAsync(cancellationToken);
        if (sealable)
        {
            await db.Database.ExecuteSqlRawAsync("SELECT public.seal_append_only_tables()", cancellationToken);
        }
    }

    private static Task InstallTriggersAsync(TicketingDbContext db, CancellationToken cancellationToken) => db.Database.ExecuteSqlRawAsync("""
        CREATE OR REPLACE FUNCTION issue_history_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
        END $$;
        DROP TRIGGER IF EXISTS issue_history_append_only ON issue_history;
        CREATE TRIGGER issue_history_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON issue_history
            FOR EACH STATEMENT EXECUTE FUNCTION issue_history_is_append_only();
        DROP TRIGGER IF EXISTS reporter_identity_views_append_only ON reporter_identity_views;
        CREATE TRIGGER reporter_identity_views_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON reporter_identity_views
            FOR EACH STATEMENT EXECUTE FUNCTION issue_history_is_append_only();
        """, cancellationToken);
}
