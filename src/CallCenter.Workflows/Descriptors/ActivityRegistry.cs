using System.Reflection;
using CallCenter.Workflows.Execution;

namespace CallCenter.Workflows.Descriptors;

/// <summary>
/// Activity types by name: the descriptor (from attributes) and the one stateless instance that runs every node of
/// that type. Built once at start-up; lookups are lock-free reads of an immutable dictionary.
/// </summary>
public sealed class ActivityRegistry
{
    private readonly Dictionary<string, (ActivityDescriptor Descriptor, IActivity Activity)> _types = new(StringComparer.Ordinal);

    public ActivityRegistry(IEnumerable<IActivity> activities)
    {
        foreach (var activity in activities) Add(activity);
    }

    public IEnumerable<ActivityDescriptor> Descriptors => _types.Values.Select(t => t.Descriptor).OrderBy(d => d.Category).ThenBy(d => d.Type);

    public bool TryGet(string type, out ActivityDescriptor descriptor, out IActivity activity)
    {
        if (_types.TryGetValue(type, out var entry))
        {
            (descriptor, activity) = entry;
            return true;
        }
        descriptor = null!;
        activity = null!;
        return false;
    }

    public ActivityDescriptor? Find(string type) => _types.TryGetValue(type, out var entry) ? entry.Descriptor : null;

    public IActivity Get(string type) => _types.TryGetValue(type, out var entry)
        ? entry.Activity
        : throw new InvalidOperationException($"Unknown activity type '{type}'.");

    private void Add(IActivity activity)
    {
        var descriptor = Describe(activity.GetType());
        // Last registration wins so an application can replace a built-in by registering its own type name.
        _types[descriptor.Type] = (descriptor, activity);
    }

    public static ActivityDescriptor Describe(Type type)
    {
        var a = type.GetCustomAttribute<ActivityAttribute>()
            ?? throw new InvalidOperationException($"{type.FullName} has no [Activity] attribute.");
        var inputs = type.GetCustomAttributes<InputAttribute>().Select(i => new InputDescriptor(
            i.Name, i.Type, i.UiHint, new LocalizedText(i.DisplayNameZh, i.DisplayNameEn),
            new LocalizedText(i.DescriptionZh, i.DescriptionEn), i.Required, i.Options, i.DefaultSyntax, i.DefaultValue)).ToArray();
        var outputs = type.GetCustomAttributes<OutputAttribute>()
            .Select(o => new OutputDescriptor(o.Name, o.Type, new LocalizedText(o.DisplayNameZh, o.DisplayNameEn))).ToArray();
        return new ActivityDescriptor(a.Type, a.Category, a.Kind, new LocalizedText(a.DisplayNameZh, a.DisplayNameEn),
            new LocalizedText(a.DescriptionZh, a.DescriptionEn), inputs, outputs, a.Outcomes, a.OutcomesFromInput)
        {
            SideEffectFree = a.SideEffectFree,
        };
    }
}
