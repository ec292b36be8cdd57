using CallCenter.Voice.Prompts;

namespace CallCenter.Voice.Tests.Prompts;

/// <summary>The Mandarin wording of queue announcements: numbers as spoken, and the wait rounded the way it is said.</summary>
public class QueueAnnouncementTests
{
    [Theory]
    [InlineData(0, "零")]
    [InlineData(1, "一")]
    [InlineData(2, "两")]
    [InlineData(3, "三")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(12, "十二")]
    [InlineData(20, "二十")]
    [InlineData(22, "二十二")]
    [InlineData(100, "一百")]
    [InlineData(101, "一百零一")]
    [InlineData(110, "一百一十")]
    [InlineData(115, "一百一十五")]
    [InlineData(200, "两百")]
    [InlineData(220, "两百二十")]
    [InlineData(1000, "一千")]
    [InlineData(1005, "一千零五")]
    [InlineData(1010, "一千零一十")]
    [InlineData(2000, "两千")]
    [InlineData(2002, "两千零二")]
    [InlineData(10000, "一万")]
    [InlineData(10010, "一万零一十")]
    [InlineData(12345, "一万二千三百四十五")]
    [InlineData(20000, "两万")]
    [InlineData(100000, "十万")]
    public void Should_Say_Numbers_As_Spoken_Before_A_Measure_Word(int number, string spoken) =>
        ChineseNumerals.Say(number).ShouldBe(spoken);

    [Theory]
    [InlineData(2, "二")]
    [InlineData(200, "二百")]
    [InlineData(12, "十二")]
    public void Should_Say_Er_For_A_Bare_Number(int number, string spoken) =>
        ChineseNumerals.Say(number, beforeMeasureWord: false).ShouldBe(spoken);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(59, 0)]
    [InlineData(60, 1)]
    [InlineData(89, 1)]
    [InlineData(90, 2)]
    [InlineData(150, 3)]
    [InlineData(629, 10)]
    [InlineData(631, 10)] // 10.5 min → nearest 5 above ten minutes
    [InlineData(780, 15)] // 13 min
    [InlineData(3600, 60)]
    [InlineData(3800, 61)] // 63 min → "over an hour"
    public void Should_Round_The_Wait_As_Announced(int seconds, int minutes) =>
        QueueAnnouncement.WaitMinutes(TimeSpan.FromSeconds(seconds)).ShouldBe(minutes);

    [Fact]
    public void Should_Announce_Position_And_Wait_In_Pieces()
    {
        string.Concat(QueueAnnouncement.Texts(3, TimeSpan.FromSeconds(100))).ShouldBe("您前面还有三位，预计等待两分钟。");
        QueueAnnouncement.Texts(3, TimeSpan.FromSeconds(100)).ShouldBe(["您前面还有", "三", "位，", "预计等待", "两", "分钟。"]);
    }

    [Fact]
    public void Should_Say_Less_Than_A_Minute_Over_An_Hour_Or_No_Wait_Without_An_Estimate()
    {
        string.Concat(QueueAnnouncement.Texts(2, TimeSpan.FromSeconds(20))).ShouldBe("您前面还有两位，预计等待不到一分钟。");
        string.Concat(QueueAnnouncement.Texts(11, TimeSpan.FromHours(2))).ShouldBe("您前面还有十一位，预计等待一小时以上。");
        string.Concat(QueueAnnouncement.Texts(20, null)).ShouldBe("您前面还有二十位。");
        string.Concat(QueueAnnouncement.Texts(0, TimeSpan.FromMinutes(3))).ShouldBe("您是下一位，客服人员马上为您服务。");
    }

    [Fact]
    public void Should_Refuse_A_Negative_Position() =>
        Should.Throw<ArgumentOutOfRangeException>(() => QueueAnnouncement.Texts(-1, null));
}
