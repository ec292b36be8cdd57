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

        // One string for the whole header section; lines are read in place (no Replace/Split copies).
        var headText = Encoding.UTF8.GetString(data[..headerEnd]);
        var lines = new LineReader(headText);
        lines.TryNext(out var startLine);
        var startError = ParseStartLine(headText.AsSpan(startLine.Start, startLine.Length), out var message, out var startDetail);
        if (startError != SipParseError.None) return SipParseResult.Fail(startError, startDetail);
        var request = message as SipRequest;

        var headerError = ReadHeaders(headText, ref lines, message!, out var headerDetail);
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

    private static SipParseError ParseStartLine(ReadOnlySpan<char> line, out SipMessage? message, out string detail)
    {
        message = null;
        detail = "";
        if (line.Length > MaxHeaderLineChars) { detail = "start line too long"; return SipParseError.HeaderTooLong; }
        if (line.StartsWith("SIP/", StringComparison.Ordinal))
        {
            var parts = line.ToString().Split(' ', 3);
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
        // Exactly three parts separated by single spaces: method, Request-URI, version (read in place).
        var first = line.IndexOf(' ');
        var second = first < 0 ? -1 : line[(first + 1)..].IndexOf(' ');
        if (second >= 0) second += first + 1;
        if (first < 0 || second < 0 || line[(second + 1)..].Contains(' ')) { detail = "bad request line"; return SipParseError.BadStartLine; }
        var method = line[..first];
        var uri = line[(first + 1)..second];
        if (!SipToken.IsToken(method) || uri.Length == 0) { detail = "bad request line"; return SipParseError.BadStartLine; }
        if (!line[(second + 1)..].SequenceEqual("SIP/2.0")) { detail = "unsupported version"; return SipParseError.UnsupportedVersion; }
        if (uri.IndexOf(':') <= 0) { detail = "Request-URI has no scheme"; return SipParseError.InvalidRequestUri; }
        message = new SipRequest(SipMethods.Intern(method), uri.ToString());
        return SipParseError.None;
    }

    /// <summary>
    /// Lines of the header section as (start, length) in the string, with the same boundaries the former
    /// Replace("\r\n", "\n").Split('\n') gave: split at LF, a CR directly before the LF dropped, any other CR kept.
    /// </summary>
    private struct LineReader(string text)
    {
        private int _next;

        public bool TryNext(out (int Start, int Length) line)
        {
            line = default;
            if (_next > text.Length) return false;
            var start = _next;
            var lf = text.IndexOf('\n', start);
            var end = lf < 0 ? text.Length : lf;
            _next = lf < 0 ? text.Length + 1 : lf + 1;
            var length = end - start;
            if (lf >= 0 && length > 0 && text[end - 1] == '\r') length--;
            line = (start, length);
            return true;
        }
    }

    private static SipParseError ReadHeaders(string text, ref LineReader lines, SipMessage message, out string detail)
    {
        detail = "";
        ReadOnlySpan<char> name = default;
        var hasName = false;
        (int Start, int Length) value = default; // the first line's value, in place
        StringBuilder? folded = null;            // only for folded headers (rare)
        while (true)
        {
            var more = lines.TryNext(out var at);
            var line = more ? text.AsSpan(at.Start, at.Length) : default;
            if (more && line.Length > 0 && line[0] is ' ' or '\t')
            {
                // Folded continuation line (RFC 3261 §7.3.1).
                if (!hasName) { detail = "continuation without a header"; return SipParseError.BadHeaderLine; }
                folded ??= new StringBuilder().Append(text.AsSpan(value.Start, value.Length));
                folded.Append(' ').Append(line.Trim());
                if (folded.Length > MaxHeaderLineChars) { detail = $"{name} too long"; return SipParseError.HeaderTooLong; }
                continue;
            }
            if (hasName)
            {
                var headerValue = folded is not null ? folded.ToString().Trim() : text.AsSpan(value.Start, value.Length).Trim().ToString();
                var error = AddHeader(message, name, headerValue, out detail);
                if (error != SipParseError.None) return error;
            }
            if (!more) break;
            if (line.Length > MaxHeaderLineChars) { detail = "header line too long"; return SipParseError.HeaderTooLong; }
            var colon = line.IndexOf(':');
            if (colon <= 0) { detail = "header line without a name"; return SipParseError.BadHeaderLine; }
            name = line[..colon].Trim();
            if (!SipToken.IsToken(name)) { detail = "invalid header name"; return SipParseError.BadHeaderLine; }
            hasName = true;
            value = (at.Start + colon + 1, at.Length - colon - 1);
            folded = null;
        }
        return SipParseError.None;
    }

    private static SipParseError AddHeader(SipMessage message, ReadOnlySpan<char> rawName, string value, out string detail)
    {
        detail = "";
        var name = SipHeaderNames.Normalize(rawName);
        if (SipHeaderNames.IsCommaSeparatedList(name) && value.Contains(','))
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
        var top = true;
        foreach (var via in message.HeaderValues(SipHeaderNames.Via))
        {
            if (!ViaHeader.TryParse(via, out var parsed)) { detail = "unparseable Via"; return SipParseError.InvalidVia; }
            if (top) message.RememberTopVia(via, parsed);
            top = false;
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
