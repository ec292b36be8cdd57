namespace CallCenter.Telephony.Registration;

/// <summary>The digest algorithms of RFC 8760 this registrar offers; the session variants (-sess) are not offered.</summary>
public enum DigestAlgorithm
{
    Md5,
    Sha256,
}
