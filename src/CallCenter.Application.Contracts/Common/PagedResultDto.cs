namespace CallCenter.Common;

/// <summary>One page of a list plus the total count, so the UI can draw a pager.</summary>
public sealed record PagedResultDto<T>(IReadOnlyList<T> Items, long TotalCount);
