namespace CallCenter.Telephony.Calls;

/// <summary>How an attempt to bridge the caller to a target ended; <see cref="Bridge"/> is set when it was answered.</summary>
public sealed record BridgeOutcome(BridgeResult Result, int StatusCode, CallBridge? Bridge, SipOutboundCall? Leg);
