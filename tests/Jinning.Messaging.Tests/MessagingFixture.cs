using Jinning.Testing;

namespace Jinning.Messaging.Tests;

public sealed class MessagingFixture : InfrastructureFixture;

[CollectionDefinition(Name)]
public sealed class MessagingCollection : ICollectionFixture<MessagingFixture>
{
    public const string Name = "messaging";
}
