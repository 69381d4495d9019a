using Jinning.Ticketing.Data;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.History;

/// <summary>
/// Makes the history and the identity-view log append-only in the database itself: a trigger
/// refuses every UPDATE and DELETE, whatever code or person tries. Installed after each migration.
/// </summary>
public static class AppendOnlyHistory
{
    public static Task InstallAsync(TicketingDbContext db, CancellationToken cancellationToken) => db.Database.ExecuteSqlRawAsync("""
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
