using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Notification.Preferences;

/// <summary>How one recipient wants to hear (N2): an e-mail address and whether to use it. The in-app inbox always gets everything.</summary>
public sealed class Preference
{
    public required string Recipient { get; init; }
    public string? Email { get; set; }
    public bool EmailEnabled { get; set; } = true;
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class PreferenceConfiguration : IEntityTypeConfiguration<Preference>
{
    public void Configure(EntityTypeBuilder<Preference> builder)
    {
        builder.ToTable("preferences");
        builder.HasKey(p => p.Recipient);
        builder.Property(p => p.Recipient).HasMaxLength(100);
        builder.Property(p => p.Email).HasMaxLength(200);
    }
}
