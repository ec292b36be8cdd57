using System.Text.Json;
using CallCenter.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class CallRecordConfiguration : IEntityTypeConfiguration<CallRecord>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<CallRecord> b)
    {
        b.Property(c => c.SipCallId).HasMaxLength(CallConsts.MaxSipCallIdLength).IsRequired();
        b.Property(c => c.CallerNumber).HasMaxLength(CallConsts.MaxNumberLength).IsRequired();
        b.Property(c => c.DialledNumber).HasMaxLength(CallConsts.MaxNumberLength).IsRequired();
        b.Property(c => c.Digits).HasMaxLength(CallConsts.MaxDigitsLength).IsRequired();
        b.Property(c => c.EndReason).HasMaxLength(32);
        b.Property(c => c.WorkflowDefinitionId).HasMaxLength(128);
        b.Property(c => c.WorkflowInstanceId).HasMaxLength(64);
        b.Property(c => c.NodeId).HasMaxLength(128);
        // The path is read and written whole with its call, never queried step by step: one jsonb column.
        b.Property<List<CallPathStep>>("_path").HasColumnName("path").HasColumnType("jsonb")
            .HasConversion(
                v => JsonSerializer.Serialize(v, Json),
                v => JsonSerializer.Deserialize<List<CallPathStep>>(v, Json) ?? new List<CallPathStep>(),
                new ValueComparer<List<CallPathStep>>((a, c) => a!.SequenceEqual(c!), v => v.Count, v => v.ToList()));
        b.Ignore(c => c.Path);
        b.HasIndex(c => c.StartedAt);
        b.HasIndex(c => c.CallerNumber);
    }
}
