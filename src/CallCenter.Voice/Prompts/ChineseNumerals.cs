using System.Text;

namespace CallCenter.Voice.Prompts;

/// <summary>
/// Whole numbers as spoken Mandarin: 十一 (not 一十一) at the start, 一百一十 inside, one 零 per gap (一千零五), 万 groups.
/// Before a measure word (位, 分钟) a leading 2 is 两 (两位, 两百, 两千, 两万), elsewhere 二 (十二, 二十).
/// </summary>
public static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";
    private static readonly string[] Units = ["千", "百", "十", ""];

    /// <summary>0 … 99,999,999 (a queue position or a number of minutes never comes near it).</summary>
    /// <param name="beforeMeasureWord">true when a measure word follows (两位), false when read as a bare number (二).</param>
    public static string Say(int number, bool beforeMeasureWord = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 99_999_999);
        if (number == 0) return "零";
        var text = new StringBuilder();
        var high = number / 10_000;
        var low = number % 10_000;
        if (high > 0)
        {
            Section(text, high, atStart: true, beforeMeasureWord);
            text.Append('万');
            if (low is > 0 and < 1000) text.Append('零');
            if (low > 0) Section(text, low, atStart: false, beforeMeasureWord: false);
            return text.ToString();
        }
        Section(text, low, atStart: true, beforeMeasureWord);
        return text.ToString();
    }

    /// <summary>1 … 9999; <paramref name="atStart"/>: nothing precedes it (十一 rather than 一十一; 两 may apply).</summary>
    private static void Section(StringBuilder text, int n, bool atStart, bool beforeMeasureWord)
    {
        var started = false;
        var gap = false;
        for (int i = 0, divisor = 1000; i < 4; i++, divisor /= 10)
        {
            var digit = n / divisor % 10;
            var unit = Units[i];
            if (digit == 0)
            {
                gap = started;
                continue;
            }
            if (gap) text.Append('零');
            gap = false;
            var leading = !started && atStart;
            if (leading && digit == 1 && unit == "十") text.Append('十');
            else if (leading && digit == 2 && beforeMeasureWord && unit != "十") text.Append('两').Append(unit);
            else text.Append(Digits[digit]).Append(unit);
            started = true;
        }
    }
}
