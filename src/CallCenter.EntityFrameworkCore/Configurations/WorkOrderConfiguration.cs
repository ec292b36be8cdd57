using CallCenter.Contacts;
using CallCenter.Customers;
using CallCenter.Files;
using CallCenter.Stations;
using CallCenter.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class WorkOrderConfiguration : IEntityTypeConfiguration<WorkOrder>
{
    public void Configure(EntityTypeBuilder<WorkOrder> b)
    {
        b.Property(w => w.Number).HasMaxLength(WorkOrderConsts.MaxNumberLength).IsRequired();
        b.HasIndex(w => w.Number).IsUnique();
        b.Property(w => w.Type).HasConversion<string>().HasMaxLength(16);
        b.Property(w => w.Status).HasConversion<string>().HasMaxLength(24);
        b.Property(w => w.Urgency).HasConversion<string>().HasMaxLength(16);
        b.Property(w => w.Impact).HasConversion<string>().HasMaxLength(16);
        b.Property(w => w.Priority).HasConversion<string>().HasMaxLength(16);
        b.Property(w => w.ComplaintLevel).HasConversion<string>().HasMaxLength(16);
        b.Property(w => w.CallerNumber).HasMaxLength(32);
        b.Property(w => w.ContactName).HasMaxLength(WorkOrderConsts.MaxContactNameLength);
        b.Property(w => w.Location).HasMaxLength(WorkOrderConsts.MaxLocationLength);
        b.Property(w => w.Community).HasMaxLength(HouseholdConsts.MaxCommunityLength);
        b.Property(w => w.Building).HasMaxLength(HouseholdConsts.MaxBuildingLength);
        b.Property(w => w.AssignedTechnicianName).HasMaxLength(64);
        b.Property(w => w.FaultSymptom).HasMaxLength(WorkOrderConsts.MaxSymptomLength);
        b.Property(w => w.Description).HasMaxLength(WorkOrderConsts.MaxDescriptionLength);
        b.Property(w => w.ResolutionNotes).HasMaxLength(WorkOrderConsts.MaxNotesLength);
        b.Property(w => w.CancelReason).HasMaxLength(WorkOrderConsts.MaxReasonLength);
        b.Property(w => w.SignerName).HasMaxLength(64);
        b.Property(w => w.WorkflowInstanceId).HasMaxLength(64);
        b.Property(w => w.ReportedIndoorTempC).HasPrecision(4, 1);
        b.Property(w => w.MeasuredIndoorTempC).HasPrecision(4, 1);
        b.Property(w => w.ConcurrencyStamp).HasMaxLength(40).IsConcurrencyToken();
        b.ComplexProperty(w => w.Sla);
        b.HasIndex(w => new { w.StationId, w.Status });
        b.HasIndex(w => new { w.AssignedTechnicianId, w.Status });
        b.HasIndex(w => w.HouseholdId);
        b.HasIndex(w => w.ParentId);
        b.HasIndex(w => new { w.CategoryId, w.Community, w.Building });
        b.HasOne<Household>().WithMany().HasForeignKey(w => w.HouseholdId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Station>().WithMany().HasForeignKey(w => w.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DispositionNode>().WithMany().HasForeignKey(w => w.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<WorkOrder>().WithMany().HasForeignKey(w => w.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StoredFile>().WithMany().HasForeignKey(w => w.SignatureFileId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(w => w.IsOpen);
        b.Ignore(w => w.AllowedTriggers);
        b.HasMany(w => w.Transitions).WithOne().HasForeignKey(t => t.WorkOrderId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(w => w.Transitions).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(w => w.Parts).WithOne().HasForeignKey(p => p.WorkOrderId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(w => w.Parts).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
