using System.Globalization;
using CallCenter.Common;
using CallCenter.Localization;

namespace CallCenter.Input;

/// <summary>
/// The one paging contract of every list under /api (the <see cref="PagedRequestDto"/> lists, workflow instances,
/// knowledge search): page ≥ 1, 1 ≤ pageSize ≤ <see cref="PagedRequestDto.MaxPageSize"/>, and (page − 1) × pageSize
/// fits the 32-bit OFFSET the queries use. Checked here, on the query string, so no list can forget it and none
/// silently clamps a nonsense value into a page the caller did not ask for. Values that are not integers at all are
/// left to the binder, which names them too.
/// </summary>
public static class PagingContract
{
    public const string Page = "page";
    public const string PageSize = "pageSize";

    public static Dictionary<string, string[]>? Validate(IQueryCollection query)
    {
        var page = Read(query, Page);
        var size = Read(query, PageSize);
        if (page is null && size is null) return null;
        var errors = new Dictionary<string, string[]>();
        if (size is { } s && (s < 1 || s > PagedRequestDto.MaxPageSize))
            errors[PageSize] = [L.Get("Validation:Range", null, 1, PagedRequestDto.MaxPageSize)];
        // Without a valid size the largest one bounds the offset: the list's own default is never larger.
        var effectiveSize = size is >= 1 and <= PagedRequestDto.MaxPageSize ? size.Value : PagedRequestDto.MaxPageSize;
        var maxPage = int.MaxValue / effectiveSize + 1;
        if (page is { } p && (p < 1 || p > maxPage))
            errors[Page] = [L.Get("Validation:Range", null, 1, maxPage)];
        return errors.Count == 0 ? null : errors;
    }

    private static long? Read(IQueryCollection query, string name)
    {
        foreach (var (key, values) in query)
        {
            if (!key.Equals(name, StringComparison.OrdinalIgnoreCase)) continue;
            foreach (var value in values)
                if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
                    return number;
        }
        return null;
    }
}
