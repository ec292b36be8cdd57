using System.Net;
using CallCenter.Telephony.Scheduling;

namespace CallCenter.Telephony.Sip;

/// <summary>
/// A server transaction. All fields are guarded by the transaction layer's lock; the layer owns the state machine,
/// this class only holds what it needs to retransmit the last response.
/// </summary>
public sealed class ServerTransaction
{
    internal ServerTransaction(string key, SipRequest request, IPEndPoint source, IPEndPoint responseTarget)
    {
        Key = key;
        Request = request;
        Source = source;
        ResponseTarget = responseTarget;
    }

    public string Key { get; }

    public SipRequest Request { get; }

    /// <summary>Where the request came from (the address a UAS latches on for the dialog).</summary>
    public IPEndPoint Source { get; }

    public IPEndPoint ResponseTarget { get; }

    public bool IsInvite => Request.Method == SipMethods.Invite;

    public ServerTransactionState State { get; internal set; } = ServerTransactionState.Trying;

    public SipResponse? LastResponse { get; internal set; }

    internal byte[]? LastResponseBytes { get; set; }

    internal TimeSpan RetransmitInterval { get; set; }

    internal ScheduledWork? RetransmitTimer { get; set; }

    internal ScheduledWork? TimeoutTimer { get; set; }

    public bool HasFinalResponse => LastResponse is { StatusCode: >= 200 };
}
