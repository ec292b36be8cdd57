namespace CallCenter.Identity;

/// <summary>The system acting by itself (migrator, seed, background jobs): unscoped, no user id.</summary>
public sealed class AnonymousCurrentUser : ICurrentUser
{
    public static readonly AnonymousCurrentUser Instance = new();
    public Guid? Id => null;
    public string? UserName => null;
    public Guid? ScopedStationId => null;
    public bool IsStationScoped => false;
}
