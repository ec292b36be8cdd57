using System.Net;
using CallCenter.Telephony.Sip;

namespace CallCenter.Telephony.Tests.Support;

/// <summary>A transaction user that records what reaches it and answers nothing unless told to.</summary>
public sealed class RecordingTransactionUser : ISipTransactionUser
{
    public List<ServerTransaction> Requests { get; } = [];
    public List<ServerTransaction> Cancelled { get; } = [];
    public List<SipRequest> Acks { get; } = [];

    public void OnRequest(ServerTransaction transaction) => Requests.Add(transaction);

    public void OnCancel(ServerTransaction inviteTransaction) => Cancelled.Add(inviteTransaction);

    public void OnAck(SipRequest ack, IPEndPoint source) => Acks.Add(ack);
}
