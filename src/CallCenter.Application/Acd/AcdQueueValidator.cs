using System.Text.RegularExpressions;
using CallCenter.Errors;
using CallCenter.Exceptions;

namespace CallCenter.Acd;

/// <summary>
/// The rules of a queue's fields. Each broken rule is a <see cref="BusinessException"/> with its own
/// <c>CallCenter:Acd:0nn</c> code and the field, so a client can point at the input without parsing messages.
/// </summary>
public static partial class AcdQueueValidator
{
    public const int MinRingTimeout = 5, MaxRingTimeout = 120;
    public const int MaxWrapUp = 600, MaxWait = 7200, MaxAnnounceEvery = 600, MaxTierAfter = 3600;

    /// <summary>Checks <paramref name="input"/> against the other queues (<paramref name="others"/>: every queue but this one).</summary>
    public static void Validate(CreateUpdateAcdQueueDto input, Guid id, IReadOnlyList<QueueDefinition> others)
    {
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > AcdConsts.MaxQueueNameLength) throw new BusinessException(AcdErrorCodes.QueueNameInvalid, "name");
        var skill = input.Skill?.Trim() ?? "";
        if (skill.Length is 0 or > AcdConsts.MaxSkillLength) throw new BusinessException(AcdErrorCodes.QueueSkillInvalid, "skill");
        if (input.MinLevel is < AcdConsts.MinSkillLevel or > AcdConsts.MaxSkillLevel)
            throw new BusinessException(AcdErrorCodes.QueueMinLevelOutOfRange, "minLevel");
        if (!Enum.IsDefined(input.Strategy)) throw new BusinessException(AcdErrorCodes.StrategyUnknown, "strategy");
        ValidateTiers(input.Tiers ?? []);
        Seconds("ringTimeoutSeconds", input.RingTimeoutSeconds, MinRingTimeout, MaxRingTimeout);
        Seconds("wrapUpSeconds", input.WrapUpSeconds, 0, MaxWrapUp);
        Seconds("maxWaitSeconds", input.MaxWaitSeconds, 0, MaxWait);
        Seconds("announceEverySeconds", input.AnnounceEverySeconds, 0, MaxAnnounceEvery);
        ValidateOverflow(input, id, others);
        if (others.Any(q => string.Equals(q.Name, name, StringComparison.OrdinalIgnoreCase)))
            throw new BusinessException(AcdErrorCodes.QueueNameTaken, "name", name);
    }

    private static void ValidateTiers(IReadOnlyList<AcdTierDto> tiers)
    {
        if (tiers.Count > AcdConsts.MaxTiers) throw new BusinessException(AcdErrorCodes.TierInvalid, "tiers");
        for (var i = 0; i < tiers.Count; i++)
        {
            var t = tiers[i];
            if (t is null || t.MinLevel is < AcdConsts.MinSkillLevel or > AcdConsts.MaxSkillLevel || t.AfterSeconds is < 0 or > MaxTierAfter
                || (i > 0 && t.AfterSeconds <= tiers[i - 1].AfterSeconds))
                throw new BusinessException(AcdErrorCodes.TierInvalid, $"tiers[{i}]");
        }
    }

    private static void ValidateOverflow(CreateUpdateAcdQueueDto input, Guid id, IReadOnlyList<QueueDefinition> others)
    {
        if (!Enum.IsDefined(input.OverflowKind)) throw new BusinessException(AcdErrorCodes.OverflowKindUnknown, "overflowKind");
        var target = input.OverflowTarget?.Trim();
        switch (input.OverflowKind)
        {
            case QueueOverflowKind.Queue:
                if (!Guid.TryParse(target, out var targetId)) throw new BusinessException(AcdErrorCodes.OverflowQueueUnknown, "overflowTarget");
                if (targetId == id) throw new BusinessException(AcdErrorCodes.OverflowToItself, "overflowTarget");
                var byId = others.ToDictionary(q => q.Id);
                if (!byId.ContainsKey(targetId)) throw new BusinessException(AcdErrorCodes.OverflowQueueUnknown, "overflowTarget");
                // A → B → … → A would pass a caller round forever: refused like A → A.
                var seen = new HashSet<Guid>();
                for (var next = targetId; byId.TryGetValue(next, out var q) && q.OverflowKind == QueueOverflowKind.Queue
                                          && Guid.TryParse(q.OverflowTarget, out next) && seen.Add(next);)
                    if (next == id) throw new BusinessException(AcdErrorCodes.OverflowToItself, "overflowTarget");
                break;
            case QueueOverflowKind.Number:
                if (target is null || !NumberOrSipUri().IsMatch(target))
                    throw new BusinessException(AcdErrorCodes.OverflowNumberInvalid, "overflowTarget");
                break;
        }
    }

    private static void Seconds(string field, int value, int min, int max)
    {
        if (value < min || value > max) throw new BusinessException(AcdErrorCodes.SecondsOutOfRange, field, min, max);
    }

    /// <summary>A dialable number (digits, optional +, * and #) or a sip:/sips: URI, as TransferToNumber accepts.</summary>
    [GeneratedRegex(@"^(\+?[0-9*#]{3,20}|sips?:[^\s<>""]{3,60})$")]
    private static partial Regex NumberOrSipUri();
}
