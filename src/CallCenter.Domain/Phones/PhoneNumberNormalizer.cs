using System.Text.RegularExpressions;
using CallCenter.Customers;
using PhoneNumbers;

namespace CallCenter.Phones;

/// <summary>
/// Turns a phone number as people type it (0451-8888-1234, +86 451 88881234, "138 0013 8000", 8888 1234 转 201)
/// into E.164 with libphonenumber, region CN. A bare 7–8 digit local number gets the company's default area code,
/// because that is how callers within the city give their landline.
/// </summary>
public sealed partial class PhoneNumberNormalizer(string defaultAreaCode = PhoneNumberNormalizer.DefaultAreaCode)
{
    public const string DefaultAreaCode = "0451";
    private const string Region = "CN";
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    private readonly string _areaCode = defaultAreaCode.TrimStart('0');

    /// <summary>Null when the text is not a valid phone number.</summary>
    public NormalizedPhone? Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw) || raw.Length > 64) return null;
        var text = raw.Normalize(System.Text.NormalizationForm.FormKC).Trim();
        string? extension = null;
        var ext = ExtensionPattern().Match(text);
        if (ext.Success)
        {
            extension = ext.Groups["ext"].Value;
            text = text[..ext.Index];
        }
        if (InvalidCharacters().IsMatch(text)) return null;
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length is < 7 or > 15) return null;
        if (digits.StartsWith("0086", StringComparison.Ordinal)) text = "+" + digits[2..];
        else if (!text.TrimStart().StartsWith('+') && digits.StartsWith("86", StringComparison.Ordinal) && digits.Length >= 12) text = "+" + digits;
        else if (!text.TrimStart().StartsWith('+') && digits.Length is 7 or 8 && digits[0] != '0' && digits[0] != '1') text = "0" + _areaCode + digits;

        PhoneNumber number;
        try { number = Util.Parse(text, Region); }
        catch (NumberParseException) { return null; }
        if (!Util.IsValidNumber(number)) return null;

        var type = Util.GetNumberType(number);
        var kind = type == PhoneNumberType.MOBILE ? PhoneKind.Mobile : PhoneKind.Landline;
        var e164 = Util.Format(number, PhoneNumberFormat.E164);
        var display = Util.Format(number, number.CountryCode == 86 ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
        return new NormalizedPhone(e164, extension, kind) { Display = display + (extension is null ? "" : " 转 " + extension) };
    }

    /// <summary>"转 201", "ext. 201", "x201", "#201", "分机201" — extensions as Chinese and English writers put them.</summary>
    [GeneratedRegex(@"\s*(?:转|分机|ext\.?|x|#)\s*(?<ext>\d{1,6})\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ExtensionPattern();

    /// <summary>Anything besides digits, spaces, + - . ( ) / is not a phone number (letters, e-mail, Chinese text).</summary>
    [GeneratedRegex(@"[^\d\s+\-.()/]")]
    private static partial Regex InvalidCharacters();
}
