using Jinning.Roster.Data;
using Jinning.Testing;

namespace Jinning.Roster.Tests;

/// <summary>The real roster service on a real database and broker, with a clock the test moves.</summary>
public sealed class RosterHost(InfrastructureFixture infrastructure, string database, DateTimeOffset start)
    : ServiceHost<Program, RosterDbContext>(infrastructure, "rosterdb", database, start);
