using System.Text;
using CallCenter.Telephony.Sip;
using CallCenter.Telephony.Tests.Support;

namespace CallCenter.Telephony.Tests.Sip;

/// <summary>Property: whatever bytes arrive, the parser returns a result and never throws.</summary>
public class SipParserFuzzTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Should_Never_Throw_On_Random_Bytes(int seed)
    {
        var random = new Random(seed);
        var outcomes = new Dictionary<SipParseError, int>();
        for (var i = 0; i < 5000; i++)
        {
            var data = new byte[random.Next(0, 1500)];
            random.NextBytes(data);
            var result = Should.NotThrow(() => SipParser.Parse(data));
            (result.Success == (result.Message is not null)).ShouldBeTrue();
            outcomes[result.Error] = outcomes.GetValueOrDefault(result.Error) + 1;
        }
        outcomes.ContainsKey(SipParseError.None).ShouldBeFalse();
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Should_Never_Throw_On_Mutated_Messages(int seed)
    {
        var parsed = 0;
        foreach (var data in MalformedCorpus.Mutations(4000, seed))
        {
            var result = Should.NotThrow(() => SipParser.Parse(data));
            if (result.Success)
            {
                parsed++;
                // Whatever parsed must serialize and parse again.
                SipParser.Parse(result.Message!.ToBytes()).Success.ShouldBeTrue();
            }
        }
        parsed.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Should_Never_Throw_On_Sip_Like_Token_Soup()
    {
        string[] tokens = ["INVITE", "SIP/2.0", "sip:", "@", ":", ";", ",", "<", ">", "\"", "\r\n", "\n", " ", "Via", "v", "CSeq", "1", "branch=z9hG4bK", "rport", "=", "Content-Length", "l", "[", "]", "\t", "é", "中"];
        var random = new Random(7);
        for (var i = 0; i < 5000; i++)
        {
            var sb = new StringBuilder();
            for (var k = random.Next(1, 120); k > 0; k--) sb.Append(tokens[random.Next(tokens.Length)]);
            if (random.Next(2) == 0) sb.Append("\r\n\r\n");
            Should.NotThrow(() => SipParser.Parse(Encoding.UTF8.GetBytes(sb.ToString())));
        }
    }
}
