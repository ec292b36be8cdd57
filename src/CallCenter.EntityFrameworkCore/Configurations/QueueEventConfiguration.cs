using CallCenter.Acd;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

/// <summary>
/// ADR 0600 D6: append-only, bigserial id, the event by name, no foreign keys (a deleted queue or user keeps its
/// history; the call record may be written after its first events). Reports read by time, the restart sweep by call.
/// </summary>
public sealed class QueueEventConfiguration : IEntityTypeConfiguration<QueueEvent>
{
    public void Configure(EntityTypeBuilder<QueueEvent> b)
    {
        b.ToTable("queue_events");
        b.Property(e => e.Id).UseSerialColumn();
        b.Property(e => e.Event).HasConversion<string>().HasColumnType("text");
        b.Property(e => e.Data).HasColumnType("jsonb");
        b.HasIndex(e => e.At);
        b.HasIndex(e => e.CallRecordId);
    }
}
