using CallCenter.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class WorkOrderPartConfiguration : IEntityTypeConfiguration<WorkOrderPart>
{
    public void Configure(EntityTypeBuilder<WorkOrderPart> b)
    {
        b.Property(p => p.Name).HasMaxLength(WorkOrderConsts.MaxPartNameLength).IsRequired();
        b.Property(p => p.Unit).HasMaxLength(WorkOrderConsts.MaxUnitLength);
        b.Property(p => p.Quantity).HasPrecision(10, 2);
    }
}
