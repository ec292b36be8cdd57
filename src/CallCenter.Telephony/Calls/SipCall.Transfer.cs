using System.Globalization;
using System.Security.Cryptography;
using CallCenter.Telephony.Sip;

namespace CallCenter.Telephony.Calls;

/// <summary>Blind transfer by REFER (RFC 3515): the caller's phone calls the target itself, then we leave the call.</summary>
public sealed partial class SipCall
{
    public const string ReferMethod = "REFER";
    public const string NotifyMethod = "NOTIFY";

    /// <summary>True when the caller's INVITE listed REFER in Allow; without it a REFER would only earn a 405/501.</summary>
    public bool PeerSupportsRefer =>
        Invite.GetHeaders(SipHeaderNames.Allow).SelectMany(a => a.Split(',')).Any(m => m.Trim().Equals(ReferMethod, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Sends REFER with Refer-To = <paramref name="target"/> in this dialog and completes with the final status code
    /// (202 = the peer will call the target; 0 = no answer within the transaction timeout). Only after the ACK.
    /// </summary>
    public Task<int> ReferAsync(string target)
    {
        var done = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_layer.Sync)
        {
            if (State != SipCallState.Confirmed)
            {
                done.SetResult(0);
                return done.Task;
            }
            var refer = BuildInDialogRequest(ReferMethod);
            refer.AddHeader("Refer-To", $"<{target}>");
            refer.AddHeader("Referred-By", $"<{_endpoint.ContactUri}>");
            _layer.SendRequest(refer, RemoteSipEndPoint, response => done.TrySetResult(response?.StatusCode ?? 0));
        }
        return done.Task;
    }

    private SipRequest BuildInDialogRequest(string method)
    {
        var contact = Invite.GetHeader(SipHeaderNames.Contact);
        var target = contact is not null ? NameAddress.Parse(contact).Uri : Invite.From.Uri;
        var request = new SipRequest(method, string.IsNullOrEmpty(target) ? Invite.Uri : target);
        var branch = "z9hG4bK" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        request.AddHeader(SipHeaderNames.Via,
            $"SIP/2.0/UDP {_endpoint.AdvertisedAddress}:{_layer.LocalEndPoint.Port.ToString(CultureInfo.InvariantCulture)};branch={branch};rport");
        request.AddHeader(SipHeaderNames.MaxForwards, "70");
        foreach (var route in Invite.GetHeaders(SipHeaderNames.RecordRoute)) request.AddHeader(SipHeaderNames.Route, route);
        var to = Invite.GetHeader(SipHeaderNames.To) ?? "";
        request.AddHeader(SipHeaderNames.From, NameAddress.Parse(to).Tag is null ? $"{to};tag={LocalTag}" : to);
        request.AddHeader(SipHeaderNames.To, Invite.GetHeader(SipHeaderNames.From) ?? "");
        request.AddHeader(SipHeaderNames.CallId, CallId);
        request.AddHeader(SipHeaderNames.CSeq, $"{++_localCSeq} {method}");
        request.AddHeader(SipHeaderNames.Contact, $"<{_endpoint.ContactUri}>");
        request.AddHeader(SipHeaderNames.UserAgent, _endpoint.Options.UserAgent);
        return request;
    }

    /// <summary>The REFER subscription's progress reports (sipfrag); acknowledged, the call ends anyway.</summary>
    internal void OnNotify(ServerTransaction notify) =>
        _layer.SendResponse(notify, SipResponseBuilder.Create(notify.Request, 200, "OK"));
}
