namespace CallCenter.Files;

/// <summary>What the first bytes of a file say it is; the extension is the one we store it under.</summary>
public sealed record SniffedContent(string ContentType, string Extension, int? Width = null, int? Height = null);
