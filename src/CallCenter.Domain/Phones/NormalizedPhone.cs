using CallCenter.Customers;

namespace CallCenter.Phones;

/// <summary>A phone number in E.164 plus its extension, the only form we store or look up.</summary>
public sealed record NormalizedPhone(string E164, string? Extension, PhoneKind Kind)
{
    /// <summary>How a Chinese agent reads it: 138 0013 8000, 0451-8888 1234.</summary>
    public string Display { get; init; } = E164;
}
