using CallCenter.Stations;
using CallCenter.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class SupervisionItemConfiguration : IEntityTypeConfiguration<SupervisionItem>
{
    public void Configure(EntityTypeBuilder<SupervisionItem> b)
    {
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.Reason).HasMaxLength(WorkOrderConsts.MaxReasonLength).IsRequired();
        b.Property(s => s.ResponseRequired).HasMaxLength(WorkOrderConsts.MaxReasonLength).IsRequired();
        b.Property(s => s.Response).HasMaxLength(WorkOrderConsts.MaxNotesLength);
        b.Property(s => s.OwnerName).HasMaxLength(64);
        b.Property(s => s.RespondedBy).HasMaxLength(64);
        b.Property(s => s.ConcurrencyStamp).HasMaxLength(40).IsConcurrencyToken();
        b.HasIndex(s => new { s.Status, s.OwnerStationId });
        b.HasIndex(s => new { s.WorkOrderId, s.Kind });
        b.HasOne<WorkOrder>().WithMany().HasForeignKey(s => s.WorkOrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Station>().WithMany().HasForeignKey(s => s.OwnerStationId).OnDelete(DeleteBehavior.SetNull);
    }
}
