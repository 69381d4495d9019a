using Jinning.Ticketing.Data;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Ticketing.History;

/// <summary>
/// Makes the history append-only in the database itself: a trigger refuses every UPDATE and
/// DELETE of <c>issue_history</c>, whatever code or person tries. Installed after each migration.
/// </summary>
public static class AppendOnlyHistory
{
    public static Task InstallAsync(TicketingDbContext db, CancellationToken cancellationToken) => db.Database.ExecuteSqlRawAsync("""
        CREATE OR REPLACE FUNCTION issue_history_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'issue_history is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
        END $$;
        DROP TRIGGER IF EXISTS issue_history_append_only ON issue_history;
        CREATE TRIGGER issue_history_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON issue_history
            FOR EACH STATEMENT EXECUTE FUNCTION issue_history_is_append_only();
        """, cancellationToken);
}
