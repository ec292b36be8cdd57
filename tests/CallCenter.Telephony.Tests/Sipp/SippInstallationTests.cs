using SippRunner = CallCenter.Telephony.Tests.Support.Sipp;

namespace CallCenter.Telephony.Tests.Sipp;

public class SippInstallationTests
{
    [Fact]
    public void Should_Fail_Naming_The_Install_Script_When_Sipp_Is_Missing()
    {
        var error = Should.Throw<InvalidOperationException>(() => SippRunner.Executable("/nonexistent-dir"));

        error.Message.ShouldContain("scripts/telephony-peers.sh");
    }

    [Fact]
    public void Should_Find_Sipp_Installed_By_The_Peers_Script()
    {
        File.Exists(SippRunner.Executable()).ShouldBeTrue();
    }
}
