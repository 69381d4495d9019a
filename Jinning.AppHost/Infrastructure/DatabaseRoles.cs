using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Jinning.AppHost.Infrastructure;

/// <summary>
/// Gives each service its own PostgreSQL role once the server is ready, as the superuser (which no
/// service ever sees): the role logs in with its own password, owns its own database and nothing
/// else, and may not connect to any other. The <c>public</c> schema belongs to the superuser, the
/// service may create in it: so the service owns the tables it creates, but cannot drop what it does
/// not own. Ticketing's history and identity-view log are handed to a second role by
/// <c>seal_append_only_tables()</c>, which the service calls after its migrations: from then on its
/// own connection may read and add rows, and UPDATE, DELETE or TRUNCATE fail with "permission denied".
/// </summary>
public static class DatabaseRoles
{
    /// <summary>Tables that are only ever appended to, per database.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> AppendOnlyTables = new Dictionary<string, string[]>
    {
        [ResourceNames.TicketingDb] = ["issue_history", "reporter_identity_views"],
    };

    public static IResourceBuilder<T> WithServiceRoles<T>(this IResourceBuilder<T> postgres, ReferenceExpression superuser,
        IReadOnlyList<ServiceAccount> accounts)
        where T : IResource => postgres.OnResourceReady(async (_, ready, cancellationToken) =>
        {
            var logger = ready.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseRoles));
            var connection = new NpgsqlConnectionStringBuilder(await superuser.GetValueAsync(cancellationToken));
            foreach (var account in accounts)
            {
                var password = await account.DatabasePassword.Resource.GetValueAsync(cancellationToken) ?? "";
                await ProvisionAsync(connection, account, password, cancellationToken);
            }
            logger.LogInformation("PostgreSQL roles provisioned for {Count} services", accounts.Count);
        });

    private static async Task ProvisionAsync(NpgsqlConnectionStringBuilder server, ServiceAccount account, string password,
        CancellationToken cancellationToken)
    {
        var role = Identifier(account.Name);
        var database = Identifier(account.Database);
        await using (var admin = await OpenAsync(server, "postgres", cancellationToken))
        {
            await ExecuteAsync(admin, $"""
                DO $$ BEGIN
                    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {Literal(account.Name)}) THEN CREATE ROLE {role}; END IF;
                    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {Literal(account.AppendOnlyOwner)}) THEN
                        CREATE ROLE {Identifier(account.AppendOnlyOwner)} NOLOGIN;
                    END IF;
                END $$;
                ALTER ROLE {role} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD {Literal(password)};
                """, cancellationToken);
            var exists = await ScalarAsync(admin, $"SELECT count(*) FROM pg_database WHERE datname = {Literal(account.Database)}",
                cancellationToken);
            // CREATE DATABASE cannot run inside a block or transaction.
            await ExecuteAsync(admin, exists == 0
                ? $"CREATE DATABASE {database} OWNER {role} ENCODING 'UTF8'"
                : $"ALTER DATABASE {database} OWNER TO {role}", cancellationToken);
            await ExecuteAsync(admin, $"REVOKE ALL ON DATABASE {database} FROM PUBLIC", cancellationToken);
        }
        await using var own = await OpenAsync(server, account.Database, cancellationToken);
        await ExecuteAsync(own, $"""
            ALTER SCHEMA public OWNER TO CURRENT_USER;
            REVOKE ALL ON SCHEMA public FROM PUBLIC;
            GRANT USAGE, CREATE ON SCHEMA public TO {role};
            {HandOverTablesOfEarlierRuns(account.Name)}
            {SealFunction(account)}
            """, cancellationToken);
    }

    /// <summary>Data from before roles existed was created by the superuser: the service's own role takes it over.</summary>
    private static string HandOverTablesOfEarlierRuns(string role) => $$"""
        DO $$ DECLARE r record; BEGIN
            FOR r IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm') AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = CURRENT_USER)
            LOOP
                EXECUTE format('ALTER %s public.%I OWNER TO %I',
                    CASE r.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, r.relname, {{Literal(role)}});
            END LOOP;
        END $$;
        """;

    /// <summary>
    /// A fixed, parameterless function the service may call: it can only seal the append-only tables,
    /// never unseal them. It runs as the superuser who defined it (SECURITY DEFINER).
    /// </summary>
    private static string SealFunction(ServiceAccount account)
    {
        var tables = AppendOnlyTables.GetValueOrDefault(account.Database, []);
        var list = tables.Length == 0 ? "ARRAY[]::text[]" : $"ARRAY[{string.Join(", ", tables.Select(Literal))}]";
        return $$"""
            CREATE OR REPLACE FUNCTION public.seal_append_only_tables() RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
            DECLARE t text;
            BEGIN
                FOREACH t IN ARRAY {{list}} LOOP
                    IF to_regclass('public.' || t) IS NOT NULL THEN
                        EXECUTE format('ALTER TABLE public.%I OWNER TO %I', t, {{Literal(account.AppendOnlyOwner)}});
                        EXECUTE format('REVOKE ALL ON public.%I FROM %I', t, {{Literal(account.Name)}});
                        EXECUTE format('GRANT SELECT, INSERT ON public.%I TO %I', t, {{Literal(account.Name)}});
                    END IF;
                END LOOP;
            END $fn$;
            REVOKE ALL ON FUNCTION public.seal_append_only_tables() FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION public.seal_append_only_tables() TO {{Identifier(account.Name)}};
            """;
    }

    private static async Task<NpgsqlConnection> OpenAsync(NpgsqlConnectionStringBuilder server, string database, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = database, Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
    }

    /// <summary>Role and database names are ours (resource names), quoted all the same.</summary>
    private static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    /// <summary>DDL takes no parameters: passwords go in as SQL string literals (standard_conforming_strings is on).</summary>
    private static string Literal(string value) => "'" + value.Replace("'", "''") + "'";
}
