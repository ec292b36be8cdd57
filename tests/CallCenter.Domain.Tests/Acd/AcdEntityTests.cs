namespace CallCenter.Acd;

public class AcdEntityTests
{
    [Fact]
    public void Should_Drop_The_Ha1s_When_The_Extension_Changes_Because_They_Cover_The_User_Name()
    {
        var agent = new AgentProfile(Guid.NewGuid(), "8001");
        agent.SetSipCredentials("callcenter", new string('a', 32), new string('b', 64), DateTimeOffset.UnixEpoch);

        agent.Configure("8001", [new AgentSkill("报修", 8)], enabled: true);
        agent.SipMd5Ha1.ShouldNotBeNull("same extension: the password still works");

        agent.Configure("8009", [new AgentSkill("报修", 8)], enabled: true);
        agent.SipMd5Ha1.ShouldBeNull();
        agent.SipSha256Ha1.ShouldBeNull();
        agent.SipPasswordSetAt.ShouldBeNull();
    }

    [Fact]
    public void Should_Keep_An_Overflow_Target_Only_For_Kinds_That_Have_One()
    {
        var queue = new QueueDefinition("报修组", "报修", RoutingStrategy.LongestIdle);

        queue.SetOverflow(QueueOverflowKind.Voicemail, "045186001234");
        queue.OverflowTarget.ShouldBeNull();
        queue.SetOverflow(QueueOverflowKind.Number, "045186001234");
        queue.OverflowTarget.ShouldBe("045186001234");
    }
}
