using CallCenter.Interruptions;
using CallCenter.Voice.Activities;

namespace CallCenter.Voice.Tests.Interruptions;

public class OutageNoticeTextTests
{
    [Fact]
    public void Should_Read_The_Restoration_In_The_Company_Zone()
    {
        var notice = new ActiveInterruptionNoticeDto(Guid.NewGuid(), "一号站", DateTimeOffset.Parse("2026-12-03T00:00:00Z"),
            DateTimeOffset.Parse("2026-12-03T10:30:00Z"), "阳光小区管道抢修，暂停供热。");

        var text = PlayOutageNotice.Text(notice, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));

        text.ShouldBe("阳光小区管道抢修，暂停供热。预计12月3日18时30分恢复供热。");
    }
}
