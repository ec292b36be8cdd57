namespace CallCenter.Acd;

/// <summary>A skill an agent has, with a level 1–10 (queues ask for a skill and a minimum level).</summary>
public sealed record AgentSkill(string Skill, int Level);
