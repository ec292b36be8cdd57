namespace CallCenter.Telephony.Sip;

/// <summary>Builds responses per RFC 3261 §8.2.6: Via, From, To, Call-ID and CSeq copied from the request.</summary>
public static class SipResponseBuilder
{
    public static SipResponse Create(SipRequest request, int statusCode, string reason, string? toTag = null)
    {
        var response = new SipResponse(statusCode, reason);
        foreach (var via in request.HeaderValues(SipHeaderNames.Via)) response.AddHeader(SipHeaderNames.Via, via);
        CopyIfPresent(request, response, SipHeaderNames.From);
        var to = request.GetHeader(SipHeaderNames.To);
        if (to is not null)
        {
            // 100 Trying never carries a tag; other responses get ours unless the request already had one.
            var addTag = toTag is not null && statusCode > 100 && request.To.Tag is null; // request.To is parsed once per message
            response.AddHeader(SipHeaderNames.To, addTag ? $"{to};tag={toTag}" : to);
        }
        CopyIfPresent(request, response, SipHeaderNames.CallId);
        CopyIfPresent(request, response, SipHeaderNames.CSeq);
        return response;
    }

    private static void CopyIfPresent(SipRequest request, SipResponse response, string name)
    {
        var value = request.GetHeader(name);
        if (value is not null) response.AddHeader(name, value);
    }
}
