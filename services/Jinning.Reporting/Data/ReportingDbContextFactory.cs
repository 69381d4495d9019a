using Jinning.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Jinning.Reporting.Data;

internal sealed class ReportingDbContextFactory : IDesignTimeDbContextFactory<ReportingDbContext>
{
    public ReportingDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<ReportingDbContext>());
}
