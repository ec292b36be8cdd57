using System.Net;
using CallCenter.Telephony.Calls;
using CallCenter.Voice.Acd.Desk;

namespace CallCenter.Voice.Acd;

/// <summary>
/// A warm transfer in progress: the caller on music (their bridge to the first agent detached), the first agent's leg
/// still up, the consulted party (an agent, or a number) ringing and then bridged to the first agent. It ends once:
/// completed (the caller joins the consulted party) or cancelled (the caller returns to the first agent).
/// </summary>
internal sealed class ConsultTransfer(QueuedCall call, Guid agentId, DeskCall deskCall, CallBridge callerBridge, DeskTransfer transfer,
    Guid? targetAgentId, string targetLabel, string? targetUri, IPEndPoint? destination)
{
    private readonly Lock _sync = new();
    private bool _settled;

    public QueuedCall Call { get; } = call;
    public Guid AgentId { get; } = agentId;

    /// <summary>The first agent's desk call as it was before the consultation (answered time, attached data).</summary>
    public DeskCall DeskCall { get; } = deskCall;

    /// <summary>The caller's bridge to the first agent, detached: <see cref="CallBridge.Target"/> is the first agent's leg.</summary>
    public CallBridge CallerBridge { get; } = callerBridge;

    public SipOutboundCall AgentLeg => CallerBridge.Target;
    public DeskTransfer Transfer { get; } = transfer;
    public Guid? TargetAgentId { get; } = targetAgentId;
    public string TargetLabel { get; } = targetLabel;
    public string? TargetUri { get; } = targetUri;
    public IPEndPoint? Destination { get; } = destination;

    /// <summary>Cancelled when the consultation is settled while the target still rings.</summary>
    public CancellationTokenSource Ringing { get; } = new();

    /// <summary>The consulted party's answered leg (null while it rings).</summary>
    public SipOutboundCall? TargetLeg { get; private set; }

    /// <summary>The first agent talking to the consulted party (a hang-up on either side leaves the other leg up).</summary>
    public CallBridge? ConsultBridge { get; private set; }

    /// <summary>The caller's entry as the consulted agent will hold it (the data, the notes, who transferred).</summary>
    public QueuedCall? Next { get; set; }

    /// <summary>The consulted agent's screen pop (the caller's data and the notes), shown while the consultation rings.</summary>
    public DeskCall? TargetDeskCall { get; set; }

    public bool IsSettled
    {
        get { lock (_sync) return _settled; }
    }

    /// <summary>
    /// The consulted party answered: joins it to the first agent (<paramref name="bridge"/> runs under the lock, so a
    /// settle cannot slip between). False when the consultation was settled meanwhile — hang the leg up then.
    /// </summary>
    public bool Answered(SipOutboundCall leg, Func<SipOutboundCall, CallBridge?> bridge)
    {
        lock (_sync)
        {
            if (_settled) return false;
            TargetLeg = leg;
            ConsultBridge = bridge(leg);
            return true;
        }
    }

    /// <summary>True for the one caller that gets to complete or cancel; <paramref name="answeredOnly"/>: only once the target answered.</summary>
    public bool TrySettle(bool answeredOnly)
    {
        lock (_sync)
        {
            if (_settled || (answeredOnly && TargetLeg is null)) return false;
            _settled = true;
            return true;
        }
    }
}
