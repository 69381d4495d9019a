using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Ticketing.Departments;

/// <summary>A responsible unit (责任单位) issues are dispatched to; its code is also its routing key and token claim.</summary>
public sealed class Department
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public bool Active { get; set; } = true;
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.ToTable("departments");
        builder.HasKey(d => d.Code);
        builder.Property(d => d.Code).HasMaxLength(40);
        builder.Property(d => d.Name).HasMaxLength(100);
    }
}
