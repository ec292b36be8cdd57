using CallCenter.Acd;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class AcdSettingsConfiguration : IEntityTypeConfiguration<AcdSettings>
{
    public void Configure(EntityTypeBuilder<AcdSettings> b)
    {
        b.ToTable("acd_settings");
        // text[]: a short ordered list, read whole.
        b.Property(s => s.NotReadyReasons).IsRequired();
    }
}
