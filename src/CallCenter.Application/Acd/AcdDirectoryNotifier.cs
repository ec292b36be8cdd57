using Microsoft.Extensions.Logging;

namespace CallCenter.Acd;

/// <summary>
/// Tells every registered <see cref="IAcdDirectoryListener"/> (the ACD owner, if this process runs one) that the
/// configuration changed, after the save committed. A listener's failure is logged, not thrown: the change is stored,
/// and answering 500 for it would invite a second, duplicate save.
/// </summary>
public sealed class AcdDirectoryNotifier(IEnumerable<IAcdDirectoryListener> listeners, ILogger<AcdDirectoryNotifier> logger)
{
    public void Changed()
    {
        foreach (var listener in listeners)
        {
            try
            {
                listener.DirectoryChanged();
            }
            catch (Exception e)
            {
                logger.LogError(e, "ACD directory listener {Listener} failed", listener.GetType().Name);
            }
        }
    }
}
