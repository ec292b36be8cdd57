namespace CallCenter.AcdLoad;

/// <summary>--name value pairs after the command word.</summary>
public sealed class Args(Dictionary<string, string> values)
{
    public static Args Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2) values[args[i].TrimStart('-')] = args[i + 1];
        return new Args(values);
    }

    public string Get(string name, string? fallback = null) =>
        values.TryGetValue(name, out var v) ? v : fallback ?? throw new ArgumentException($"--{name} is required");

    public int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
