using System.Text.Json;
using CallCenter.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class AuditLogConfiguration : IEntityTypeConfiguration<AuditLog>
{
    public void Configure(EntityTypeBuilder<AuditLog> b)
    {
        b.Property(a => a.EntityType).HasMaxLength(64).IsRequired();
        b.Property(a => a.EntityId).HasMaxLength(64).IsRequired();
        b.Property(a => a.UserName).HasMaxLength(256);
        b.Property(a => a.Action).HasConversion<string>().HasMaxLength(16);
        // Field changes as one jsonb array: read whole with the entry, never queried field by field.
        b.Property(a => a.Changes).HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
            s => JsonSerializer.Deserialize<List<AuditChange>>(s, JsonSerializerOptions.Default) ?? new List<AuditChange>(),
            new ValueComparer<List<AuditChange>>((x, y) => x!.SequenceEqual(y!), v => v.Count, v => v.ToList()));
        b.HasIndex(a => new { a.EntityType, a.EntityId, a.Time });
        b.HasIndex(a => a.Time);
    }
}
