using CallCenter.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class DailySequenceConfiguration : IEntityTypeConfiguration<DailySequence>
{
    public void Configure(EntityTypeBuilder<DailySequence> b)
    {
        b.ToTable("daily_sequences");
        b.HasKey(s => new { s.Prefix, s.Day });
        b.Property(s => s.Prefix).HasMaxLength(8);
    }
}
