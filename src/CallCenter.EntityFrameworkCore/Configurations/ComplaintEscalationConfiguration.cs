using CallCenter.Complaints;
using CallCenter.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class ComplaintEscalationConfiguration : IEntityTypeConfiguration<ComplaintEscalation>
{
    public void Configure(EntityTypeBuilder<ComplaintEscalation> b)
    {
        b.Property(e => e.FromLevel).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.ToLevel).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.Reason).HasMaxLength(WorkOrderConsts.MaxReasonLength).IsRequired();
        b.Property(e => e.UserName).HasMaxLength(64);
        b.HasIndex(e => new { e.WorkOrderId, e.Time });
        b.HasOne<WorkOrder>().WithMany().HasForeignKey(e => e.WorkOrderId).OnDelete(DeleteBehavior.Cascade);
    }
}
