using System.Collections.Concurrent;
using System.Diagnostics;
using Jinning.Contracts.V1;
using Jinning.Messaging.Inbox;
using Jinning.Messaging.Outbox;
using Jinning.Messaging;
using Jinning.Persistence;
using Jinning.Messaging.Topology;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Jinning.Messaging.Tests;

public sealed record WidgetCreated
{
    public required Guid WidgetId { get; init; }
    public required string Name { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

public sealed class Widget
{
    public Guid Id { get; init; }
    public required string Name { get; init; }
}

/// <summary>What a consumer did: one row per applied message, so "applied twice" is visible.</summary>
public sealed class AppliedMessage
{
    public long Id { get; init; }
    public Guid WidgetId { get; init; }
    public Guid MessageId { get; init; }
    public string? TraceId { get; init; }
}

public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options), IMessagingDbContext
{
    public DbSet<Widget> Widgets => Set<Widget>();
    public DbSet<AppliedMessage> AppliedMessages => Set<AppliedMessage>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddServiceTables().AddMessagingTables();
}

/// <summary>Every delivery that reached a consumer endpoint, before the inbox decides anything.</summary>
public sealed class DeliveryLog : IReceiveObserver
{
    private int _received;
    private readonly ConcurrentQueue<string> _transferredRoutingKeys = new();

    public int Received => Volatile.Read(ref _received);
    public IReadOnlyCollection<string> TransferredDepartments => _transferredRoutingKeys;

    public void RecordTransferred(string departmentCode) => _transferredRoutingKeys.Enqueue(departmentCode);

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;
    public Task PostReceive(ReceiveContext context)
    {
        Interlocked.Increment(ref _received);
        return Task.CompletedTask;
    }
    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class => Task.CompletedTask;
    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception) where T : class => Task.CompletedTask;
    public Task ReceiveFault(ReceiveContext context, Exception exception) => Task.CompletedTask;
}

public sealed class WidgetCreatedConsumer(TestDbContext db) : IConsumer<WidgetCreated>
{
    public const string PoisonName = "poison";

    public Task Consume(ConsumeContext<WidgetCreated> context)
    {
        if (context.Message.Name == PoisonName)
        {
            throw new InvalidOperationException("This widget can never be applied.");
        }
        db.AppliedMessages.Add(new AppliedMessage
        {
            WidgetId = context.Message.WidgetId,
            MessageId = context.MessageId!.Value,
            TraceId = Activity.Current?.TraceId.ToString(),
        });
        return Task.CompletedTask;
    }
}

/// <summary>Stands for a platform consumer of every department's transferred issues.</summary>
public sealed class AllDepartmentsConsumer(DeliveryLog log) : IConsumer<IssueTransferred>
{
    public Task Consume(ConsumeContext<IssueTransferred> context)
    {
        log.RecordTransferred(context.Message.DepartmentCode);
        return Task.CompletedTask;
    }
}

public sealed class AllDepartmentsConsumerDefinition : ConsumerDefinition<AllDepartmentsConsumer>
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<AllDepartmentsConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.BindAllDepartments();
}
