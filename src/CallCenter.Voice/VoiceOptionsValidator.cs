using Microsoft.Extensions.Options;

namespace CallCenter.Voice;

/// <summary>
/// Checks section "Voice" at start (ValidateOnStart): each failure names the configuration key, so a port of 70000
/// stops the Host or the SipNode with "Voice:Sip:Port …" instead of a socket error on the first call.
/// </summary>
public sealed class VoiceOptionsValidator : IValidateOptions<VoiceOptions>
{
    public ValidateOptionsResult Validate(string? name, VoiceOptions o)
    {
        var failures = new List<string>();
        // 0 means "any free port" (tests, a node behind a balancer that learns the port): allowed for SIP and for RTP (both 0).
        if (o.Port is < 0 or > 65535) failures.Add($"Voice:Sip:Port must be between 0 and 65535 (was {o.Port}).");
        var anyRtpPort = o.RtpPortMin == 0 && o.RtpPortMax == 0;
        if (!anyRtpPort)
        {
            if (o.RtpPortMin is < 1024 or > 65534) failures.Add($"Voice:Sip:RtpPortMin must be between 1024 and 65534, or 0 with RtpPortMax 0 (was {o.RtpPortMin}).");
            if (o.RtpPortMax is < 1025 or > 65535) failures.Add($"Voice:Sip:RtpPortMax must be between 1025 and 65535, or 0 with RtpPortMin 0 (was {o.RtpPortMax}).");
            // RTP takes an even port and the odd one above it for RTCP: the range must hold at least one pair.
            if (o.RtpPortMax <= o.RtpPortMin) failures.Add($"Voice:Sip:RtpPortMax must be above Voice:Sip:RtpPortMin ({o.RtpPortMin}–{o.RtpPortMax}).");
            else if (o.SipEnabled && o.Port >= o.RtpPortMin && o.Port <= o.RtpPortMax)
                failures.Add($"Voice:Sip:Port {o.Port} lies inside the RTP range Voice:Sip:RtpPortMin–RtpPortMax ({o.RtpPortMin}–{o.RtpPortMax}).");
        }
        if (o.MediaInactivityTimeout < TimeSpan.Zero) failures.Add("Voice:Sip:MediaInactivityTimeout must not be negative (00:00:00 turns the check off).");
        if (o.TransferRingTimeout < TimeSpan.FromSeconds(1) || o.TransferRingTimeout > TimeSpan.FromMinutes(10))
            failures.Add("Voice:TransferRingTimeout must be between 00:00:01 and 00:10:00.");
        if (o.CallbackAttempts is < 1 or > 10) failures.Add($"Voice:Acd:CallbackAttempts must be between 1 and 10 (was {o.CallbackAttempts}).");
        if (o.CallbackRetryInterval < TimeSpan.Zero) failures.Add("Voice:Acd:CallbackRetryInterval must not be negative.");
        if (o.EventTimeToLive < TimeSpan.FromSeconds(10)) failures.Add("Voice:EventTimeToLive must be at least 00:00:10.");
        if (string.IsNullOrWhiteSpace(o.PromptCachePath)) failures.Add("Voice:PromptCachePath must not be empty.");
        if (string.IsNullOrWhiteSpace(o.NodeId)) failures.Add("Voice:NodeId must not be empty.");
        if (o.TransferProxy is { Length: > 0 } proxy && Uri.CheckHostName(proxy.Split(':')[0]) == UriHostNameType.Unknown)
            failures.Add($"Voice:TransferProxy '{proxy}' must be host[:port].");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
