namespace CallCenter.Errors;

/// <summary>
/// Error codes of the Host's shared input guard (`CallCenter:Input:nnn`, plus the general 405/415 answers): input that
/// no endpoint could store or read, refused before any endpoint runs. Messages in Input.*.json.
/// </summary>
public static class InputErrorCodes
{
    /// <summary>A query value, route value or JSON string holds U+0000, which PostgreSQL text cannot store.</summary>
    public const string NulCharacter = "CallCenter:Input:001";

    /// <summary>A value longer than its column, caught by the database safety net (the validators should have said so first).</summary>
    public const string ValueTooLong = "CallCenter:Input:002";

    /// <summary>A request that needs a body arrived without one.</summary>
    public const string BodyRequired = "CallCenter:Input:003";

    /// <summary>Page/pageSize outside the paging contract (page ≥ 1, 1 ≤ pageSize ≤ max, no offset overflow).</summary>
    public const string PagingInvalid = "CallCenter:Input:004";

    /// <summary>
    /// The node is at its limit of requests in progress and this one waited its turn too long (admission control,
    /// ADR 0016 amendment): answered 503 with Retry-After at once instead of queueing behind requests whose callers
    /// have already given up.
    /// </summary>
    public const string Overloaded = "CallCenter:General:503";

    public const string MethodNotAllowed = "CallCenter:General:405";
    public const string UnsupportedMediaType = "CallCenter:General:415";
}
