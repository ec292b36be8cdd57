namespace CallCenter.Common;

/// <summary>Paging and sorting for every list endpoint: ?page=1&amp;pageSize=20&amp;sort=name or sort=-name (descending).</summary>
public record PagedRequestDto
{
    public const int MaxPageSize = 500;

    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
    public string? Sort { get; init; }

    public int Skip => (Math.Max(Page, 1) - 1) * Math.Clamp(PageSize, 1, MaxPageSize);
    public int Take => Math.Clamp(PageSize, 1, MaxPageSize);
}
