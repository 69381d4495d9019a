using Npgsql;
using Xunit;

namespace Jinning.Testing;

/// <summary>
/// A private PostgreSQL server for one test fixture: a fresh cluster in a temporary folder on a free
/// port, started with the same script the AppHost uses. Give each test class its own database.
/// </summary>
public sealed class LocalPostgres : IAsyncLifetime
{
    private const string Password = "jinning-test";
    private readonly string _directory = RepositoryPaths.NewTemporaryDirectory("pg");
    private ScriptProcess? _server;

    public int Port { get; } = FreePort.Next();

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Password={Password};Database={database};Include Error Detail=true";

    public async Task InitializeAsync()
    {
        _server = ScriptProcess.Start("postgres.sh", Path.Combine(_directory, "data"), Port.ToString(), Password);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
                await connection.OpenAsync();
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or System.Net.Sockets.SocketException && DateTime.UtcNow < deadline)
            {
                if (!_server.Running)
                {
                    throw new InvalidOperationException("PostgreSQL exited:\n" + _server.Output);
                }
                await Task.Delay(200);
            }
        }
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        TryDelete(_directory);
    }

    internal static void TryDelete(string directory)
    {
        try { Directory.Delete(directory, recursive: true); }
        catch (IOException) { /* a leftover temp folder is not worth failing a test */ }
        catch (UnauthorizedAccessException) { }
    }
}
