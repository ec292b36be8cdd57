using System.Globalization;
using System.Text;

namespace CallCenter.Telephony.Sip;

/// <summary>
/// Parses one SIP datagram. Total: every input gives a <see cref="SipParseResult"/>, nothing is thrown, because
/// an exception escaping here would let any packet from the internet stop the receive loop.
/// </summary>
public static class SipParser
{
    public const int MaxMessageBytes = 65535;
    public const int MaxHeaderLineChars = 4096;
    public const int MaxHeaders = 128;

    private static readonly string[] RequiredRequestHeaders =
        [SipHeaderNames.Via, SipHeaderNames.From, SipHeaderNames.To, SipHeaderNames.CallId, SipHeaderNames.CSeq];

    public static SipParseResult Parse(ReadOnlySpan<byte> data)
    {
        try
        {
            return ParseCore(data);
        }
        catch (Exception ex)
        {
            // Defence in depth: the code below is written not to throw; if it ever does, the datagram is malformed, not the server.
            return SipParseResult.Fail(SipParseError.Internal, ex.GetType().Name);
        }
    }

    private static SipParseResult ParseCore(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty) return SipParseResult.Fail(SipParseError.Empty, "empty datagram");
        if (IsKeepAlive(data)) return SipParseResult.Fail(SipParseError.KeepAlive, "keep-alive");
        if (data.Length > MaxMessageBytes) return SipParseResult.Fail(SipParseError.TooLarge, "datagram too large");

        var (headerEnd, bodyStart) = FindHeaderEnd(data);
        if (headerEnd < 0) return SipParseResult.Fail(SipParseError.MissingHeaderEnd, "no empty line after the headers");
        foreach (var b in data[..headerEnd])
        {
            if (b < 0x20 && b is not ((byte)'\r' or (byte)'\n' or (byte)'\t') || b == 0x7F)
                return SipParseResult.Fail(SipParseError.NotText, "control byte in the header section");
        }

        var headText = Encoding.UTF8.GetString(data[..headerEnd]);
        var lines = headText.Replace("\r\n", "\n").Split('\n');
        var startLine = lines[0];
        var startError = ParseStartLine(startLine, out var message, out var startDetail);
        if (startError != SipParseError.None) return SipParseResult.Fail(startError, startDetail);
        var request = message as SipRequest;

        var headerError = ReadHeaders(lines, message!, out var headerDetail);
        if (headerError != SipParseError.None) return SipParseResult.Fail(headerError, headerDetail, request);

        var validation = Validate(message!, out var validationDetail);
        if (validation != SipParseError.None) return SipParseResult.Fail(validation, validationDetail, request);

        var available = data.Length - bodyStart;
        var contentLengthText = message!.GetHeader(SipHeaderNames.ContentLength);
        var bodyLength = available;
        if (contentLengthText is not null)
        {
            if (!int.TryParse(contentLengthText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var declared))
                return SipParseResult.Fail(SipParseError.InvalidContentLength, "Content-Length is not a number", request);
            // RFC 3261 §18.3: a datagram shorter than Content-Length is truncated and must be rejected; extra bytes are dropped.
            if (declared > available) return SipParseResult.Fail(SipParseError.BodyTruncated, "body shorter than Content-Length", request);
            bodyLength = declared;
        }
        message.Body = data.Slice(bodyStart, bodyLength).ToArray();
        return SipParseResult.Ok(message);
    }

    private static bool IsKeepAlive(ReadOnlySpan<byte> data)
    {
        foreach (var b in data)
        {
            if (b is not ((byte)'\r' or (byte)'\n')) return false;
        }
        return true;
    }

    /// <summary>Finds the blank line; accepts bare LF line ends, as many tolerant stacks do.</summary>
    private static (int HeaderEnd, int BodyStart) FindHeaderEnd(ReadOnlySpan<byte> data)
    {
        var crlf = data.IndexOf("\r\n\r\n"u8);
        var lf = data.IndexOf("\n\n"u8);
        if (crlf >= 0 && (lf < 0 || crlf < lf)) return (crlf, crlf + 4);
        if (lf >= 0) return (lf, lf + 2);
        return (-1, -1);
    }

    private static SipParseError ParseStartLine(string line, out SipMessage? message, out string detail)
    {
        message = null;
        detail = "";
        if (line.Length > MaxHeaderLineChars) { detail = "start line too long"; return SipParseError.HeaderTooLong; }
        if (line.StartsWith("SIP/", StringComparison.Ordinal))
        {
            var parts = line.Split(' ', 3);
            if (parts.Length < 2) { detail = "bad status line"; return SipParseError.BadStartLine; }
            if (parts[0] != "SIP/2.0") { detail = "unsupported version"; return SipParseError.UnsupportedVersion; }
            if (parts[1].Length != 3 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var code) || code is < 100 or > 699)
            {
                detail = "bad status code";
                return SipParseError.BadStatusCode;
            }
            message = new SipResponse(code, parts.Length > 2 ? parts[2] : "");
            return SipParseError.None;
        }
        var req = line.Split(' ');
        if (req.Length != 3 || !SipToken.IsToken(req[0]) || req[1].Length == 0) { detail = "bad request line"; return SipParseError.BadStartLine; }
        if (req[2] != "SIP/2.0") { detail = "unsupported version"; return SipParseError.UnsupportedVersion; }
        if (req[1].IndexOf(':') <= 0) { detail = "Request-URI has no scheme"; return SipParseError.InvalidRequestUri; }
        message = new SipRequest(req[0], req[1]);
        return SipParseError.None;
    }

    private static SipParseError ReadHeaders(string[] lines, SipMessage message, out string detail)
    {
        detail = "";
        string? name = null;
        var value = new StringBuilder();
        for (var i = 1; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? lines[i] : null;
            if (line is { Length: > 0 } && line[0] is ' ' or '\t')
            {
                // Folded continuation line (RFC 3261 §7.3.1).
                if (name is null) { detail = "continuation without a header"; return SipParseError.BadHeaderLine; }
                value.Append(' ').Append(line.Trim());
                if (value.Length > MaxHeaderLineChars) { detail = $"{name} too long"; return SipParseError.HeaderTooLong; }
                continue;
            }
            if (name is not null)
            {
                var error = AddHeader(message, name, value.ToString().Trim(), out detail);
                if (error != SipParseError.None) return error;
            }
            if (line is null) break;
            if (line.Length > MaxHeaderLineChars) { detail = "header line too long"; return SipParseError.HeaderTooLong; }
            var colon = line.IndexOf(':');
            if (colon <= 0) { detail = "header line without a name"; return SipParseError.BadHeaderLine; }
            name = line[..colon].Trim();
            if (!SipToken.IsToken(name)) { detail = "invalid header name"; return SipParseError.BadHeaderLine; }
            value.Clear().Append(line[(colon + 1)..]);
        }
        return SipParseError.None;
    }

    private static SipParseError AddHeader(SipMessage message, string rawName, string value, out string detail)
    {
        detail = "";
        var name = SipHeaderNames.Normalize(rawName);
        if (SipHeaderNames.IsCommaSeparatedList(name))
        {
            foreach (var item in SplitList(value)) message.Headers.Add(new SipHeader(name, item));
        }
        else
        {
            message.Headers.Add(new SipHeader(name, value));
        }
        if (message.Headers.Count > MaxHeaders) { detail = "too many headers"; return SipParseError.TooManyHeaders; }
        return SipParseError.None;
    }

    /// <summary>Splits at commas outside quotes and angle brackets.</summary>
    internal static List<string> SplitList(string value)
    {
        var items = new List<string>();
        int depth = 0, start = 0;
        var quoted = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == '<') depth++;
            else if (!quoted && c == '>' && depth > 0) depth--;
            else if (!quoted && depth == 0 && c == ',')
            {
                items.Add(value[start..i].Trim());
                start = i + 1;
            }
        }
        items.Add(value[start..].Trim());
        return items;
    }

    private static SipParseError Validate(SipMessage message, out string detail)
    {
        detail = "";
        foreach (var required in RequiredRequestHeaders)
        {
            if (message is SipResponse && required == SipHeaderNames.Via && message.GetHeader(required) is null) continue;
            var v = message.GetHeader(required);
            if (string.IsNullOrWhiteSpace(v)) { detail = $"missing {required}"; return SipParseError.MissingRequiredHeader; }
        }
        foreach (var via in message.GetHeaders(SipHeaderNames.Via))
        {
            if (!ViaHeader.TryParse(via, out _)) { detail = "unparseable Via"; return SipParseError.InvalidVia; }
        }
        if (!CSeqHeader.TryParse(message.GetHeader(SipHeaderNames.CSeq), out var cseq)) { detail = "unparseable CSeq"; return SipParseError.InvalidCSeq; }
        if (message is SipRequest request && !string.Equals(cseq.Method, request.Method, StringComparison.Ordinal))
        {
            detail = "CSeq method differs from the request method";
            return SipParseError.CSeqMethodMismatch;
        }
        var maxForwards = message.GetHeader(SipHeaderNames.MaxForwards);
        if (maxForwards is not null && !byte.TryParse(maxForwards.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            detail = "Max-Forwards is not a number 0..255";
            return SipParseError.InvalidMaxForwards;
        }
        return SipParseError.None;
    }
}
