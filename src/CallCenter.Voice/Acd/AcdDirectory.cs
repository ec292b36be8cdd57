using CallCenter.Acd;

namespace CallCenter.Voice.Acd;

/// <summary>
/// The loaded configuration, immutable and swapped whole on a reload, so readers never see half a directory: queues by
/// id and by name (the Enqueue activity accepts either), agents by user id and by extension.
/// </summary>
public sealed class AcdDirectory
{
    public static AcdDirectory Empty { get; } = new(new AcdDirectoryDto([], [], ["小休", "用餐", "培训", "会议"], 0, 3));

    public AcdDirectory(AcdDirectoryDto dto)
    {
        Dto = dto;
        Queues = dto.Queues.ToDictionary(q => q.Id);
        QueuesByName = dto.Queues.GroupBy(q => q.Name.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        Agents = dto.Agents.ToDictionary(a => a.UserId);
        AgentsByExtension = dto.Agents.GroupBy(a => a.Extension, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public AcdDirectoryDto Dto { get; }
    public IReadOnlyDictionary<Guid, AcdQueueDefinitionDto> Queues { get; }
    public IReadOnlyDictionary<string, AcdQueueDefinitionDto> QueuesByName { get; }
    public IReadOnlyDictionary<Guid, AcdAgentDefinitionDto> Agents { get; }
    public IReadOnlyDictionary<string, AcdAgentDefinitionDto> AgentsByExtension { get; }

    /// <summary>A queue by its id or its name (技能组 name as analysts type it in a flow); null when neither matches.</summary>
    public AcdQueueDefinitionDto? FindQueue(string? nameOrId)
    {
        if (string.IsNullOrWhiteSpace(nameOrId)) return null;
        var text = nameOrId.Trim();
        if (Guid.TryParse(text, out var id)) return Queues.GetValueOrDefault(id);
        return QueuesByName.GetValueOrDefault(text);
    }

    public static AcdQueueSettings ToSettings(AcdQueueDefinitionDto q) => new()
    {
        Id = q.Id.ToString(),
        Name = q.Name,
        Skill = q.Skill,
        MinLevel = Math.Max(1, q.MinLevel),
        Strategy = q.Strategy,
        Tiers = [.. q.Tiers.Select(t => new SkillTier(t.MinLevel, TimeSpan.FromSeconds(t.AfterSeconds)))],
        RingTimeout = TimeSpan.FromSeconds(q.RingTimeoutSeconds > 0 ? q.RingTimeoutSeconds : 20),
        WrapUp = TimeSpan.FromSeconds(Math.Max(0, q.WrapUpSeconds)),
    };
}
