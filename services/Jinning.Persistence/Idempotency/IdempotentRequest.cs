using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Persistence.Idempotency;

/// <summary>
/// A POST made with an <c>Idempotency-Key</c> and the response it got, so a retry with the same key
/// gets that response again and creates nothing new. <see cref="StatusCode"/> is null while the
/// first request is still being handled.
/// </summary>
public sealed class IdempotentRequest
{
    public required string Subject { get; init; }
    public required string Key { get; init; }
    public required string RequestHash { get; init; }
    public DateTimeOffset CreatedAt { get; set; }
    public int? StatusCode { get; set; }
    public string? ContentType { get; set; }
    public string? Location { get; set; }
    public byte[]? Body { get; set; }
}

internal sealed class IdempotentRequestConfiguration : IEntityTypeConfiguration<IdempotentRequest>
{
    public void Configure(EntityTypeBuilder<IdempotentRequest> builder)
    {
        builder.ToTable("idempotent_requests");
        builder.HasKey(r => new { r.Subject, r.Key });
        builder.Property(r => r.Subject).HasMaxLength(200);
        builder.Property(r => r.Key).HasMaxLength(IdempotencyMiddleware.MaxKeyLength);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.Property(r => r.ContentType).HasMaxLength(200);
        builder.Property(r => r.Location).HasMaxLength(500);
        builder.HasIndex(r => r.CreatedAt);
    }
}
