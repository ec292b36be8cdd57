using System.Linq.Expressions;

namespace CallCenter.Common;

/// <summary>Applies "name" / "-name" sorting from a whitelist, so a client cannot sort by an unindexed or hidden column.</summary>
public static class QueryableSorting
{
    public static IOrderedQueryable<T> SortBy<T>(this IQueryable<T> query, string? sort,
        IReadOnlyDictionary<string, Expression<Func<T, object?>>> allowed, string defaultKey)
    {
        var descending = sort?.StartsWith('-') == true;
        var key = sort?.TrimStart('-', '+');
        if (string.IsNullOrEmpty(key) || !allowed.TryGetValue(key, out var selector))
        {
            selector = allowed[defaultKey];
            descending = false;
        }
        return descending ? query.OrderByDescending(selector) : query.OrderBy(selector);
    }
}
