using CallCenter.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class WorkOrderActionRecordConfiguration : IEntityTypeConfiguration<WorkOrderActionRecord>
{
    public void Configure(EntityTypeBuilder<WorkOrderActionRecord> b)
    {
        b.Property(a => a.IdempotencyKey).HasMaxLength(WorkOrderConsts.MaxIdempotencyKeyLength).IsRequired();
        // The unique key is what makes a concurrent duplicate fail instead of applying twice.
        b.HasIndex(a => a.IdempotencyKey).IsUnique();
        b.Property(a => a.Action).HasMaxLength(32).IsRequired();
        b.HasOne<WorkOrder>().WithMany().HasForeignKey(a => a.WorkOrderId).OnDelete(DeleteBehavior.Cascade);
    }
}
