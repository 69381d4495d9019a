using Microsoft.EntityFrameworkCore;

namespace Jinning.Persistence;

/// <summary>Options for <c>dotnet ef migrations add</c>, which never connects; runtime options come from <see cref="ServiceDatabaseExtensions"/>.</summary>
public static class DesignTimeOptions
{
    public static DbContextOptions<TDbContext> For<TDbContext>() where TDbContext : DbContext =>
        new DbContextOptionsBuilder<TDbContext>()
            .UseNpgsql("Host=localhost;Database=design-time")
            .UseSnakeCaseNamingConvention()
            .Options;
}
