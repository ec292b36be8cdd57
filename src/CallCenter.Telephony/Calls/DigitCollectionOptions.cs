namespace CallCenter.Telephony.Calls;

public sealed record DigitCollectionOptions
{
    public int MaxDigits { get; init; } = 1;

    /// <summary>Key that ends input early (not included in the result), usually '#'.</summary>
    public char? Terminator { get; init; }

    public TimeSpan FirstDigitTimeout { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan InterDigitTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>When false, digits pressed before collection started (during a prompt) are discarded.</summary>
    public bool KeepTypeAhead { get; init; } = true;
}
