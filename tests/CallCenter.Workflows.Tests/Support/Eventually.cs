namespace CallCenter.Workflows.Support;

/// <summary>Waits for something asynchronous (a Hangfire job) to happen; the bound only stops a hung test, it asserts no speed.</summary>
public static class Eventually
{
    public static async Task<bool> TrueAsync(Func<Task<bool>> condition, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(90));
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return true;
            await Task.Delay(200);
        }
        return await condition();
    }
}
