using CallCenter.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class CallRecordingConfiguration : IEntityTypeConfiguration<CallRecording>
{
    public void Configure(EntityTypeBuilder<CallRecording> b)
    {
        b.Property(r => r.Kind).HasMaxLength(32).IsRequired();
        b.Property(r => r.Wav).IsRequired();
        b.HasIndex(r => r.CallRecordId);
        b.HasOne<CallRecord>().WithMany().HasForeignKey(r => r.CallRecordId).OnDelete(DeleteBehavior.Cascade);
    }
}
