using CallCenter.Acd;
namespace CallCenter.Voice.Acd;

/// <summary>An agent inside the router. Mutable, and touched only under the router's lock.</summary>
internal sealed class AcdAgent(string id, string extension, IReadOnlyDictionary<string, int> skills, DateTimeOffset now)
{
    public string Id { get; } = id;
    public string Extension { get; } = extension;
    public IReadOnlyDictionary<string, int> Skills { get; set; } = skills;
    public List<AcdQueue> Queues { get; } = [];

    /// <summary>
    /// The queue ids the agent logged in to, or null for all their member queues (also the ones they become a member of
    /// later). Only active queues (<see cref="IsActive"/>) put the agent in a queue's Ready set and offer them its calls.
    /// </summary>
    public HashSet<string>? Chosen { get; set; }

    public AgentState State { get; set; } = AgentState.LoggedOut;
    public string? NotReadyReason { get; set; }
    public DateTimeOffset StateSince { get; set; } = now;

    /// <summary>When the agent last became free (Ready after login, a call, wrap-up or a missed ring).</summary>
    public DateTimeOffset IdleSince { get; set; } = now;

    public int CallsTaken { get; set; }
    public TimeSpan TalkTime { get; set; }
    public int ConsecutiveMisses { get; set; }
    public WaitingCall? Call { get; set; }
    public DateTimeOffset AnsweredAt { get; set; }
    public DateTimeOffset WrapUpUntil { get; set; }
    public AcdQueue? WrapUpQueue { get; set; }

    public bool IsActive(AcdQueue queue) => Chosen is null || Chosen.Contains(queue.Id);

    public int Level(string skill) => Skills.TryGetValue(skill, out var level) ? level : 0;

    public AcdAgentView View() =>
        new(Id, Extension, State, NotReadyReason, StateSince, IdleSince, CallsTaken, TalkTime, ConsecutiveMisses, Call?.CallId)
        {
            WrapUpUntil = State == AgentState.WrapUp ? WrapUpUntil : null,
            Queues = [.. Queues.Select(q => q.Id)],
            ActiveQueues = State == AgentState.LoggedOut ? [] : [.. Queues.Where(IsActive).Select(q => q.Id)],
        };
}
