using CallCenter.Exceptions;
using CallCenter.Localization;

namespace CallCenter.Validation;

/// <summary>
/// Collects field errors with localized messages and throws them together, so a client sees every offending
/// field of a request at once. Field names are the JSON (camelCase) names the client sent.
/// </summary>
public sealed class FieldValidator
{
    private readonly List<FieldError> _errors = [];

    public IReadOnlyList<FieldError> Errors => _errors;

    public FieldValidator Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) Add(field, "Validation:Required");
        return this;
    }

    public FieldValidator MaxLength(string field, string? value, int max)
    {
        if (value is not null && value.Trim().Length > max) Add(field, "Validation:MaxLength", max);
        return this;
    }

    public FieldValidator RequiredMax(string field, string? value, int max) => Required(field, value).MaxLength(field, value, max);

    public FieldValidator Range(string field, decimal value, decimal min, decimal max)
    {
        if (value < min || value > max) Add(field, "Validation:Range", min, max);
        return this;
    }

    public FieldValidator Defined<TEnum>(string field, TEnum value) where TEnum : struct, Enum
    {
        var valid = typeof(TEnum).IsDefined(typeof(FlagsAttribute), false)
            ? (Convert.ToInt64(value) & ~Enum.GetValues<TEnum>().Aggregate(0L, (a, v) => a | Convert.ToInt64(v))) == 0
            : Enum.IsDefined(value);
        if (!valid) Add(field, "Validation:Enum", value);
        return this;
    }

    public FieldValidator Add(string field, string messageKey, params object[] args)
    {
        _errors.Add(new FieldError(field, L.Get(messageKey, null, args)));
        return this;
    }

    public void ThrowIfInvalid()
    {
        if (_errors.Count > 0) throw new RequestValidationException(_errors);
    }
}
