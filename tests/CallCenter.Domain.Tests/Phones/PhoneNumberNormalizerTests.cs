using CallCenter.Customers;
using CallCenter.Phones;

namespace CallCenter.Phones;

public sealed class PhoneNumberNormalizerTests
{
    private readonly PhoneNumberNormalizer _normalizer = new("0451");

    [Theory]
    [InlineData("0451-8888-1234", "+8645188881234", null, PhoneKind.Landline)]          // landline with area code and dashes
    [InlineData("0451 88881234", "+8645188881234", null, PhoneKind.Landline)]           // landline with a space
    [InlineData("(0451)88881234", "+8645188881234", null, PhoneKind.Landline)]          // area code in brackets
    [InlineData("88881234", "+8645188881234", null, PhoneKind.Landline)]                // local number: company area code
    [InlineData("+86 451 88881234", "+8645188881234", null, PhoneKind.Landline)]        // international landline
    [InlineData("13800138000", "+8613800138000", null, PhoneKind.Mobile)]               // mobile
    [InlineData("138 0013 8000", "+8613800138000", null, PhoneKind.Mobile)]             // mobile with spaces
    [InlineData("138-0013-8000", "+8613800138000", null, PhoneKind.Mobile)]             // mobile with dashes
    [InlineData("+86 138 0013 8000", "+8613800138000", null, PhoneKind.Mobile)]         // +86 mobile
    [InlineData("8613800138000", "+8613800138000", null, PhoneKind.Mobile)]             // 86 prefix without plus (CDR style)
    [InlineData("008613800138000", "+8613800138000", null, PhoneKind.Mobile)]           // 0086 international prefix
    [InlineData("０４５１－８８８８１２３４", "+8645188881234", null, PhoneKind.Landline)]  // full-width digits from a Chinese IME
    [InlineData("0451-88881234 转 201", "+8645188881234", "201", PhoneKind.Landline)]   // extension, Chinese style
    [InlineData("0451-88881234 ext. 55", "+8645188881234", "55", PhoneKind.Landline)]   // extension, English style
    [InlineData("010-6552-9988", "+861065529988", null, PhoneKind.Landline)]            // Beijing landline, 2-digit area code
    public void Should_Normalize_Common_Formats(string raw, string e164, string? extension, PhoneKind kind)
    {
        var phone = _normalizer.Normalize(raw);

        phone.ShouldNotBeNull();
        phone.E164.ShouldBe(e164);
        phone.Extension.ShouldBe(extension);
        phone.Kind.ShouldBe(kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("abc")]
    [InlineData("王秀英")]
    [InlineData("12345")]                  // too short
    [InlineData("1380013800012345678")]    // too long
    [InlineData("23800138000")]            // no such mobile range
    [InlineData("zhang@example.com")]
    [InlineData("138OO138OOO")]            // letters O for zeros
    public void Should_Reject_Garbage(string? raw) => _normalizer.Normalize(raw).ShouldBeNull();

    [Fact]
    public void Should_Format_For_Display_The_Way_Agents_Read_It()
    {
        _normalizer.Normalize("13800138000")!.Display.ShouldBe("138 0013 8000");
        _normalizer.Normalize("0451-88881234 转 201")!.Display.ShouldBe("0451 8888 1234 转 201");
    }

    [Fact]
    public void Should_Use_The_Configured_Area_Code_For_Local_Numbers() =>
        new PhoneNumberNormalizer("010").Normalize("65529988")!.E164.ShouldBe("+861065529988");
}
