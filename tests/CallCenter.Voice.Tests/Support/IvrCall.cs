using CallCenter.Telephony.Tests.Support;

namespace CallCenter.Voice.Tests.Support;

/// <summary>Places one sipp call into the IVR and returns sipp's result.</summary>
public static class IvrCall
{
    /// <summary><paramref name="extraArgs"/> go to sipp as they are (e.g. -rtp_echo: the caller sends back what it hears).</summary>
    public static async Task<SippResult> PlaceAsync(VoiceHostFixture host, SippScenario scenario, int timeoutSeconds = 60, string extraArgs = "")
    {
        var dir = Directory.CreateTempSubdirectory("sipp-ivr-").FullName;
        var file = scenario.Write(dir);
        return await Sipp.RunAsync(host.SipAddress, file, dir, extraArgs, timeoutSeconds: timeoutSeconds);
    }

    /// <summary>A caller number no other test uses, so each test finds its own call record.</summary>
    public static string NewCaller() => "71" + Random.Shared.Next(10_000_000, 99_999_999);
}
