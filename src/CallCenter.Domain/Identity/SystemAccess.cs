namespace CallCenter.Identity;

/// <summary>
/// Marks code that acts for the system, not for the signed-in user — workflow activities run inside a technician's
/// request, background jobs — so station and technician query filters do not hide the rows it must act on.
/// Ambient (AsyncLocal) so it flows through awaits and ends with the using block.
/// </summary>
public static class SystemAccess
{
    private static readonly AsyncLocal<int> Depth = new();

    public static bool IsActive => Depth.Value > 0;

    public static IDisposable Begin()
    {
        Depth.Value++;
        return new Scope();
    }

    private sealed class Scope : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            Depth.Value--;
        }
    }
}
