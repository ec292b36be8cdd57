namespace CallCenter.Telephony.Registration;

public enum NonceCheck
{
    /// <summary>Ours, and younger than the nonce lifetime.</summary>
    Valid,

    /// <summary>Ours but expired: a correct response to it earns a 401 with stale=true.</summary>
    Stale,

    /// <summary>Not ours (forged, truncated, another key or realm, or issued in the future).</summary>
    Invalid,
}
