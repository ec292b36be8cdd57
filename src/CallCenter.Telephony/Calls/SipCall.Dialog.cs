using System.Globalization;
using System.Security.Cryptography;
using CallCenter.Telephony.Sip;

namespace CallCenter.Telephony.Calls;

/// <summary>Dialog messages the UAS builds itself: responses with our tag and Contact, and the in-dialog BYE.</summary>
public sealed partial class SipCall
{
    private SipResponse BuildResponse(int code, string reason)
    {
        var response = SipResponseBuilder.Create(Invite, code, reason, LocalTag);
        if (code is > 100 and < 300) AddContact(response);
        response.AddHeader(SipHeaderNames.Server, _endpoint.Options.UserAgent);
        if (code == 200) response.AddHeader(SipHeaderNames.Allow, SipMethods.AllowList);
        return response;
    }

    private void AddContact(SipResponse response) => response.AddHeader(SipHeaderNames.Contact, $"<{_endpoint.ContactUri}>");

    /// <summary>
    /// BYE per RFC 3261 §15.1.1: our tag in From, the caller's in To, Route from the Record-Route set, sent back to
    /// where the INVITE came from (symmetric signalling, like rport, so it works behind NAT). Retransmitted by a
    /// non-INVITE client transaction; the outcome does not matter, the call is over either way.
    /// </summary>
    private void SendBye()
    {
        var contact = Invite.GetHeader(SipHeaderNames.Contact);
        var target = contact is not null ? NameAddress.Parse(contact).Uri : Invite.From.Uri;
        var bye = new SipRequest(SipMethods.Bye, string.IsNullOrEmpty(target) ? Invite.Uri : target);
        var branch = "z9hG4bK" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var local = _layer.LocalEndPoint;
        bye.AddHeader(SipHeaderNames.Via, $"SIP/2.0/UDP {_endpoint.AdvertisedAddress}:{local.Port.ToString(CultureInfo.InvariantCulture)};branch={branch};rport");
        bye.AddHeader(SipHeaderNames.MaxForwards, "70");
        foreach (var route in Invite.GetHeaders(SipHeaderNames.RecordRoute)) bye.AddHeader(SipHeaderNames.Route, route);
        var to = Invite.GetHeader(SipHeaderNames.To) ?? "";
        bye.AddHeader(SipHeaderNames.From, NameAddress.Parse(to).Tag is null ? $"{to};tag={LocalTag}" : to);
        bye.AddHeader(SipHeaderNames.To, Invite.GetHeader(SipHeaderNames.From) ?? "");
        bye.AddHeader(SipHeaderNames.CallId, CallId);
        bye.AddHeader(SipHeaderNames.CSeq, $"{++_localCSeq} {SipMethods.Bye}");
        bye.AddHeader(SipHeaderNames.UserAgent, _endpoint.Options.UserAgent);
        _layer.SendRequest(bye, RemoteSipEndPoint, _ => { });
    }
}
