namespace CallCenter.Acd;

/// <summary>How a queue picks among its ready agents (Asterisk app_queue / mod_callcenter names in the comments).</summary>
public enum RoutingStrategy
{
    /// <summary>Every eligible ready agent rings; the first to answer wins (ringall).</summary>
    RingAll,

    /// <summary>The agent idle the longest since their last call or since going Ready (leastrecent / longest-idle-agent).</summary>
    LongestIdle,

    /// <summary>The next agent after the one offered last, in member order (rrmemory).</summary>
    RoundRobinMemory,

    /// <summary>The agent who answered the fewest calls (fewestcalls).</summary>
    FewestCalls,

    /// <summary>The agent with the least talk time (agent-with-least-talk-time).</summary>
    LeastTalkTime,

    /// <summary>The highest skill level first; the tiers let lower levels in as the caller waits (top-down with tiers).</summary>
    SkillTopDown,
}
