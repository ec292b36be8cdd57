using System.Reflection;

namespace CallCenter.Benchmarks;

/// <summary>
/// Entry point: `dotnet run -c Release --project tests/CallCenter.Benchmarks -- &lt;benchmark&gt; [args]`.
/// Each benchmark is an IBenchmarkCommand found by reflection; run without arguments to list them.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var commands = Assembly.GetExecutingAssembly().GetTypes()
            .Where(t => typeof(IBenchmarkCommand).IsAssignableFrom(t) && !t.IsAbstract && !t.IsInterface)
            .Select(t => (IBenchmarkCommand)Activator.CreateInstance(t)!)
            .ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
        if (args.Length == 0 || !commands.TryGetValue(args[0], out var command))
        {
            Console.WriteLine("Benchmarks:");
            foreach (var c in commands.Values.OrderBy(c => c.Name)) Console.WriteLine($"  {c.Name,-28} {c.Description}");
            return args.Length == 0 ? 0 : 2;
        }
        return await command.RunAsync(args[1..]);
    }
}
