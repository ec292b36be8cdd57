namespace CallCenter.Voice.Tests.Support;

/// <summary>One Host with its SIP node for all IVR tests, which run one after another (two cores, real-time audio).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class VoiceCollection : ICollectionFixture<VoiceHostFixture>
{
    public const string Name = "voice";
}
