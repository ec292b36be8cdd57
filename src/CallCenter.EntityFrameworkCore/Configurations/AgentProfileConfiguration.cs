using System.Text.Json;
using CallCenter.Acd;
using CallCenter.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class AgentProfileConfiguration : IEntityTypeConfiguration<AgentProfile>
{
    public void Configure(EntityTypeBuilder<AgentProfile> b)
    {
        b.ToTable("acd_agents");
        b.Property(a => a.Extension).HasMaxLength(AcdConsts.MaxExtensionLength).IsRequired();
        // The registrar looks agents up by extension on every REGISTER; an extension is one agent's.
        b.HasIndex(a => a.Extension).IsUnique();
        // Skills as one jsonb array: read whole with the agent, matched by the ACD in memory, never queried in SQL.
        b.Property<List<AgentSkill>>("_skills").HasColumnName("skills").HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
            s => JsonSerializer.Deserialize<List<AgentSkill>>(s, JsonSerializerOptions.Default) ?? new List<AgentSkill>(),
            new ValueComparer<List<AgentSkill>>((x, y) => x!.SequenceEqual(y!), v => v.Count, v => v.ToList()));
        b.Ignore(a => a.Skills);
        b.Property(a => a.SipRealm).HasMaxLength(128);
        b.Property(a => a.SipMd5Ha1).HasMaxLength(32);
        b.Property(a => a.SipSha256Ha1).HasMaxLength(64);
        b.HasOne<AppUser>().WithOne().HasForeignKey<AgentProfile>(a => a.Id).OnDelete(DeleteBehavior.Cascade);
    }
}
