using CallCenter.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class VoicePromptConfiguration : IEntityTypeConfiguration<VoicePrompt>
{
    public void Configure(EntityTypeBuilder<VoicePrompt> b)
    {
        b.Property(p => p.Key).HasMaxLength(CallConsts.MaxPromptKeyLength).IsRequired();
        b.Property(p => p.Name).HasMaxLength(CallConsts.MaxPromptNameLength).IsRequired();
        b.Property(p => p.Text).HasMaxLength(CallConsts.MaxPromptTextLength);
        b.Property(p => p.Source).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(p => p.Key).IsUnique();
    }
}
