using CallCenter.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class WorkOrderTransitionConfiguration : IEntityTypeConfiguration<WorkOrderTransition>
{
    public void Configure(EntityTypeBuilder<WorkOrderTransition> b)
    {
        b.Property(t => t.From).HasConversion<string>().HasMaxLength(24);
        b.Property(t => t.To).HasConversion<string>().HasMaxLength(24);
        b.Property(t => t.Trigger).HasConversion<string>().HasMaxLength(24);
        b.Property(t => t.Reason).HasMaxLength(WorkOrderConsts.MaxReasonLength);
        b.Property(t => t.UserName).HasMaxLength(64);
        b.HasIndex(t => new { t.WorkOrderId, t.Time });
    }
}
