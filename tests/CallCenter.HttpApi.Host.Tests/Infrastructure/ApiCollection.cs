namespace CallCenter.Infrastructure;

/// <summary>
/// API test classes run one at a time: each brings up a host and a database, and two at once on two cores only
/// slows both down.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection
{
    public const string Name = "api";
}
