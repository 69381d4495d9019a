using Xunit;

namespace Jinning.Testing;

/// <summary>
/// A private RabbitMQ broker for one test fixture, on free ports, started with the AppHost's script.
/// It can be stopped and started again on the same ports and data, to test broker outages.
/// </summary>
public sealed class LocalRabbitMq : IAsyncLifetime
{
    public const string User = "jinning";
    public const string Password = "jinning-test";
    private readonly string _directory = RepositoryPaths.NewTemporaryDirectory("mq");
    private readonly int _distPort = FreePort.Next();
    private readonly int _epmdPort = FreePort.Next();
    private ScriptProcess? _server;
    private bool _paused;

    public int AmqpPort { get; } = FreePort.Next();
    public int ManagementPort { get; } = FreePort.Next();

    public string ConnectionString => $"amqp://{User}:{Password}@127.0.0.1:{AmqpPort}";

    public Task InitializeAsync() => StartAsync();

    public async Task StartAsync()
    {
        if (_server is { Running: true })
        {
            return;
        }
        _server = ScriptProcess.Start("rabbitmq.sh", _directory, AmqpPort.ToString(), _distPort.ToString(), _epmdPort.ToString(),
            ManagementPort.ToString(), User, Password);
        try
        {
            await FreePort.WaitUntilListeningAsync(AmqpPort, TimeSpan.FromSeconds(90), () => _server.Running);
        }
        catch (Exception exception) when (exception is TimeoutException or InvalidOperationException)
        {
            throw new InvalidOperationException($"RabbitMQ did not start: {exception.Message}\n{_server.Output}", exception);
        }
    }

    /// <summary>Stops the broker; clients see their connections drop, as in a real outage.</summary>
    public async Task StopAsync()
    {
        Resume();
        if (_server is not null)
        {
            await _server.DisposeAsync();
            _server = null;
        }
    }

    /// <summary>
    /// Freezes the broker (SIGSTOP to its processes): connections stay open but nothing is answered or
    /// confirmed, as when a broker hangs. <see cref="Resume"/> lets it go on; <see cref="StopAsync"/> and
    /// <see cref="DisposeAsync"/> resume it first.
    /// </summary>
    public void Pause()
    {
        if (_server is { Running: true })
        {
            ProcessSignals.SendToTree(_server.Id, "STOP");
            _paused = true;
        }
    }

    public void Resume()
    {
        if (_server is not null && _paused)
        {
            ProcessSignals.SendToTree(_server.Id, "CONT");
        }
        _paused = false;
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        LocalPostgres.TryDelete(_directory);
    }
}
