namespace CallCenter.Acd;

/// <summary>The digest realm agents' HA1s are computed for; the host binds it from <c>Voice:Sip:Realm</c>, as the registrar does.</summary>
public sealed class AcdSipOptions
{
    public string Realm { get; set; } = AcdConsts.DefaultSipRealm;
}
