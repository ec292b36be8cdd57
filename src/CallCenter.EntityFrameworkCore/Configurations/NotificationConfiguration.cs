using CallCenter.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.Property(n => n.Channel).HasConversion<string>().HasMaxLength(16);
        b.Property(n => n.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(n => n.RecipientName).HasMaxLength(64);
        b.Property(n => n.RecipientPhone).HasMaxLength(NotificationConsts.MaxPhoneLength);
        b.Property(n => n.Title).HasMaxLength(NotificationConsts.MaxTitleLength).IsRequired();
        b.Property(n => n.Body).HasMaxLength(NotificationConsts.MaxBodyLength).IsRequired();
        b.Property(n => n.LastError).HasMaxLength(NotificationConsts.MaxErrorLength);
        // The dispatcher's poll: pending rows by due time.
        b.HasIndex(n => new { n.Status, n.NextAttemptAt });
        b.HasIndex(n => new { n.RecipientUserId, n.Channel, n.CreationTime });
        b.HasIndex(n => n.WorkOrderId);
    }
}
