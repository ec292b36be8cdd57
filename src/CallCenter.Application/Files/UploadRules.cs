namespace CallCenter.Files;

/// <summary>Recognizes a file from its first bytes; null when it is nothing the upload accepts.</summary>
public delegate SniffedContent? ContentSniffer(ReadOnlySpan<byte> head);

/// <summary>
/// What one kind of upload accepts — at most <see cref="MaxBytes"/>, content <see cref="Sniff"/> recognizes — and the
/// error codes (with <see cref="Field"/> named) it answers with otherwise. The too-large message gets the limit in MB.
/// </summary>
public sealed record UploadRules(
    long MaxBytes,
    ContentSniffer Sniff,
    string MissingCode,
    string TooLargeCode,
    string UnsupportedCode,
    string Field = "file");
