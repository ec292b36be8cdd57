using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Scheduling;
using CallCenter.Workflows.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Workflows.Validation;

public sealed class DescriptorTests : IAsyncDisposable
{
    private readonly WorkflowTestHost _host = WorkflowTestHost.Create();

    [Fact]
    public void Should_Describe_Every_Built_In_Activity_In_Chinese_And_English()
    {
        var descriptors = _host.Services.GetRequiredService<ActivityRegistry>().Descriptors.Where(d => d.Category != "Test").ToList();

        descriptors.Select(d => d.Type).ShouldBe(
            ["RunWorkflow", "WaitForEvent", "End", "Fork", "If", "Join", "Start", "Switch", "Log", "SetVariable", "Delay", "Timer"],
            ignoreOrder: true);
        foreach (var d in descriptors)
        {
            d.DisplayName.ZhHans.ShouldNotBeNullOrWhiteSpace(d.Type);
            d.DisplayName.En.ShouldNotBeNullOrWhiteSpace(d.Type);
            d.Description.ZhHans.ShouldNotBeNullOrWhiteSpace(d.Type);
            d.Description.En.ShouldNotBeNullOrWhiteSpace(d.Type);
            foreach (var input in d.Inputs)
            {
                input.DisplayName.ZhHans.ShouldNotBeNullOrWhiteSpace(d.Type + "." + input.Name);
                input.DisplayName.En.ShouldNotBeNullOrWhiteSpace(d.Type + "." + input.Name);
            }
        }
    }

    [Fact]
    public void Should_Describe_Ports_Inputs_And_Ui_Hints()
    {
        var registry = _host.Services.GetRequiredService<ActivityRegistry>();

        var wait = registry.Find("WaitForEvent")!;
        wait.Outcomes.ShouldBe(["Done", "Timeout"]);
        wait.Inputs.Single(i => i.Name == "timeout").UiHint.ShouldBe(UiHint.Duration);
        wait.Outputs.Single().Name.ShouldBe("payload");
        registry.Find("Join")!.Inputs.Single().Options.ShouldBe(["WaitAll", "WaitAny"]);
        registry.Find("Switch")!.OutcomesFromInput.ShouldBe("cases");
        registry.Find("If")!.Inputs.Single().Required.ShouldBeTrue();
    }

    [Theory]
    [InlineData("0 8 * * 1-5", "2026-01-09T20:00:00Z", "2026-01-12T08:00:00Z")]
    [InlineData("*/15 * * * *", "2026-01-05T08:07:30Z", "2026-01-05T08:15:00Z")]
    [InlineData("30 2 1 * *", "2026-01-01T02:30:00Z", "2026-02-01T02:30:00Z")]
    [InlineData("*/2 * * * * *", "2026-01-05T08:07:31.400Z", "2026-01-05T08:07:32Z")]
    [InlineData("15 0 8 * * 1-5", "2026-01-09T08:00:15Z", "2026-01-12T08:00:15Z")]
    public void Should_Find_The_Next_Cron_Occurrence(string cron, string after, string expected) =>
        CronExpression.Parse(cron).Next(DateTimeOffset.Parse(after)).ShouldBe(DateTimeOffset.Parse(expected));

    [Theory]
    [InlineData("00:05:00", 300)]
    [InlineData("PT4H", 14400)]
    [InlineData("4h", 14400)]
    [InlineData("90s", 90)]
    public void Should_Read_The_Duration_Spellings_Analysts_Type(string text, int seconds) =>
        DurationParser.Parse(text).ShouldBe(TimeSpan.FromSeconds(seconds));

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
