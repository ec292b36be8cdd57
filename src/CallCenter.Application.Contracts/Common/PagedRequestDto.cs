namespace CallCenter.Common;

/// <summary>Paging and sorting for every list endpoint: ?page=1&amp;pageSize=20&amp;sort=name or sort=-name (descending).</summary>
public record PagedRequestDto
{
    public const int MaxPageSize = 500;

    public const int DefaultPageSize = 20;

    // Nullable so that a query string without them binds (minimal APIs treat a plain int as required).
    public int? Page { get; init; }
    public int? PageSize { get; init; }
    public string? Sort { get; init; }

    // The Host's paging contract refuses out-of-range values with 400; these clamps only keep a direct caller from an overflow.
    public int Skip => (int)Math.Min(((long)Math.Max(Page ?? 1, 1) - 1) * Take, int.MaxValue);
    public int Take => Math.Clamp(PageSize ?? DefaultPageSize, 1, MaxPageSize);
}
