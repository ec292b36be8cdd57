using CallCenter.Entities;

namespace CallCenter.Acd;

/// <summary>
/// A user as an agent: extension (the SIP digest user name), skills, and the SIP credentials as HA1 only (ADR 0600 D1)
/// — the password is shown once when an administrator sets it and never stored. The id is the user's id.
/// Not audited: the audit log would copy the HA1s into a second table.
/// </summary>
public sealed class AgentProfile : Entity, IAuditedEntity
{
    private List<AgentSkill> _skills = [];

    public string Extension { get; private set; } = "";
    public bool Enabled { get; private set; } = true;
    public IReadOnlyList<AgentSkill> Skills => _skills;

    /// <summary>The realm the HA1s were computed for; a changed realm needs new passwords.</summary>
    public string? SipRealm { get; private set; }
    public string? SipMd5Ha1 { get; private set; }
    public string? SipSha256Ha1 { get; private set; }
    public DateTimeOffset? SipPasswordSetAt { get; private set; }

    public DateTimeOffset CreationTime { get; set; }
    public Guid? CreatorId { get; set; }
    public DateTimeOffset? LastModificationTime { get; set; }
    public Guid? LastModifierId { get; set; }

    private AgentProfile() { }

    public AgentProfile(Guid userId, string extension)
    {
        Id = userId;
        Extension = extension;
    }

    /// <summary>
    /// A new extension (unique and well-formed: the caller checks that first), skills and whether routing may offer calls.
    /// The HA1s cover the extension (the digest user name), so a new extension drops them: the password must be reset.
    /// </summary>
    public void Configure(string extension, IEnumerable<AgentSkill> skills, bool enabled)
    {
        if (Extension != extension) (SipRealm, SipMd5Ha1, SipSha256Ha1, SipPasswordSetAt) = (null, null, null, null);
        Extension = extension;
        _skills = skills.ToList();
        Enabled = enabled;
    }

    /// <summary>The credentials a phone registers with, as HA1s of <c>extension:realm:password</c> (MD5 and SHA-256, RFC 8760).</summary>
    public void SetSipCredentials(string realm, string md5Ha1, string sha256Ha1, DateTimeOffset at)
    {
        SipRealm = realm;
        SipMd5Ha1 = md5Ha1;
        SipSha256Ha1 = sha256Ha1;
        SipPasswordSetAt = at;
    }
}
