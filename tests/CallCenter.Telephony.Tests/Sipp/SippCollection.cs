namespace CallCenter.Telephony.Tests.Sipp;

/// <summary>sipp tests run one after another: on two cores, parallel RTP streams would only make each other late.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SippCollection
{
    public const string Name = "sipp";
}
