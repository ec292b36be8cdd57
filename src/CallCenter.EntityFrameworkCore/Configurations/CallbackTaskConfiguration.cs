using CallCenter.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class CallbackTaskConfiguration : IEntityTypeConfiguration<CallbackTask>
{
    public void Configure(EntityTypeBuilder<CallbackTask> b)
    {
        b.Property(c => c.PhoneNumber).HasMaxLength(CallConsts.MaxNumberLength).IsRequired();
        b.Property(c => c.Topic).HasMaxLength(64).IsRequired();
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(c => new { c.Status, c.CreatedAt });
        b.HasOne<CallRecord>().WithMany().HasForeignKey(c => c.CallRecordId).OnDelete(DeleteBehavior.Cascade);
    }
}
