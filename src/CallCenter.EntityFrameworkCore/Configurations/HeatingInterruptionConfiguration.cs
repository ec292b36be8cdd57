using CallCenter.Calls;
using CallCenter.Interruptions;
using CallCenter.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class HeatingInterruptionConfiguration : IEntityTypeConfiguration<HeatingInterruption>
{
    public void Configure(EntityTypeBuilder<HeatingInterruption> b)
    {
        b.Property(i => i.Message).HasMaxLength(CallConsts.MaxInterruptionMessageLength).IsRequired();
        b.Property(i => i.Communities).HasColumnType("text[]");
        b.Property(i => i.ConcurrencyStamp).HasMaxLength(40).IsConcurrencyToken();
        b.HasIndex(i => new { i.StationId, i.EndedAt });
        b.HasOne<Station>().WithMany().HasForeignKey(i => i.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasQueryFilter(i => !i.IsDeleted);
    }
}
