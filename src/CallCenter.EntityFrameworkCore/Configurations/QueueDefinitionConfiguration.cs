using System.Text.Json;
using CallCenter.Acd;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class QueueDefinitionConfiguration : IEntityTypeConfiguration<QueueDefinition>
{
    public void Configure(EntityTypeBuilder<QueueDefinition> b)
    {
        b.ToTable("acd_queues");
        b.Property(q => q.Name).HasMaxLength(AcdConsts.MaxQueueNameLength).IsRequired();
        b.HasIndex(q => q.Name).IsUnique().HasFilter("is_deleted = false");
        b.Property(q => q.Skill).HasMaxLength(AcdConsts.MaxSkillLength).IsRequired();
        b.Property(q => q.Strategy).HasConversion<string>().HasMaxLength(24);
        b.Property(q => q.OverflowKind).HasConversion<string>().HasMaxLength(16);
        b.Property(q => q.OverflowTarget).HasMaxLength(AcdConsts.MaxOverflowTargetLength);
        b.Property<List<AcdTier>>("_tiers").HasColumnName("tiers").HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
            s => JsonSerializer.Deserialize<List<AcdTier>>(s, JsonSerializerOptions.Default) ?? new List<AcdTier>(),
            new ValueComparer<List<AcdTier>>((x, y) => x!.SequenceEqual(y!), v => v.Count, v => v.ToList()));
        b.Ignore(q => q.Tiers);
        b.Property(q => q.ConcurrencyStamp).HasMaxLength(40).IsConcurrencyToken();
    }
}
