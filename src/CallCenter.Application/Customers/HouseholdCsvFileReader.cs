using System.Text;
using CallCenter.Errors;
using CallCenter.Exceptions;
using CallCenter.Localization;
using CsvHelper;

namespace CallCenter.Customers;

/// <summary>
/// Reads an import file into rows. One record is one line (quoted line breaks are refused), so an unbalanced quote
/// costs its own row, reported, instead of silently swallowing every later line into one field. Rows with cells past
/// the header, or with a NUL character (which PostgreSQL cannot store), are reported per row and not imported.
/// Rows are numbered as a spreadsheet shows them: the header is row 1, the first household row 2.
/// </summary>
internal static class HouseholdCsvFileReader
{
    public const int MaxFileBytes = 20 * 1024 * 1024;

    static HouseholdCsvFileReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static async Task<HouseholdCsvFile> ReadAsync(Stream csv, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await csv.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxFileBytes)
            throw new BusinessException(CallCenterErrorCodes.ImportFileTooLarge, "file", MaxFileBytes / 1024 / 1024);
        var text = Decode(buffer.ToArray());
        var badQuoteLines = new HashSet<long>();
        try
        {
            using var reader = CsvReader.Create(new StringReader(text), new CsvReaderOptions
            {
                HasHeader = true, DetectSeparatorHint = true, TrimWhitespace = true, SkipEmptyLines = true,
                AllowLineBreaksInQuotes = false, TrackLineNumbers = true,
                OnMalformedRecord = r =>
                {
                    if (r.Reason is CsvMalformedReason.UnterminatedQuote or CsvMalformedReason.LineBreakInQuotes) badQuoteLines.Add(r.LineNumber);
                },
            }, false);
            await reader.ReadHeaderAsync(ct);
            IReadOnlyList<string> headers = reader.Headers ?? [];
            var map = MapHeader(headers);
            if (!map.ContainsValue("accountNumber"))
                throw new BusinessException(CallCenterErrorCodes.ImportFileUnreadable, "file", "AccountNumber / 户号");
            var file = new HouseholdCsvFile([], [], 0);
            var total = 0;
            while (await reader.ReadAsync(ct))
            {
                var row = (int)reader.LineNumber;
                var cells = new Dictionary<string, string>();
                foreach (var (index, field) in map)
                    cells[field] = index < reader.FieldCount ? reader.GetString(index) ?? "" : "";
                var extra = Enumerable.Range(headers.Count, Math.Max(0, reader.FieldCount - headers.Count))
                    .Any(i => !string.IsNullOrWhiteSpace(reader.GetString(i)));
                if (!extra && cells.Values.All(string.IsNullOrWhiteSpace)) continue;
                total++;
                var account = cells.GetValueOrDefault("accountNumber")?.Trim() is { Length: > 0 } a ? a.Replace("\0", "", StringComparison.Ordinal) : null;
                var before = file.Errors.Count;
                if (badQuoteLines.Contains(reader.LineNumber))
                    file.Errors.Add(new ImportRowErrorDto(row, account, "row", L.Get("Validation:UnterminatedQuote")));
                if (extra)
                    file.Errors.Add(new ImportRowErrorDto(row, account, "row", L.Get("Validation:ExtraColumns", null, reader.FieldCount, headers.Count)));
                foreach (var (field, value) in cells)
                    if (value.Contains('\0'))
                        file.Errors.Add(new ImportRowErrorDto(row, account, field, L.Get("Validation:NulCharacter")));
                if (file.Errors.Count == before) file.Rows.Add((row, cells));
            }
            return file with { TotalRows = total };
        }
        catch (Exception ex) when (ex.GetType().Namespace?.StartsWith("CsvHelper", StringComparison.Ordinal) == true)
        {
            throw new BusinessException(CallCenterErrorCodes.ImportFileUnreadable, "file", ex.Message);
        }
    }

    private static Dictionary<int, string> MapHeader(IReadOnlyList<string> header)
    {
        var map = new Dictionary<int, string>();
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF');
            var column = HouseholdCsvColumns.All.FirstOrDefault(c =>
                string.Equals(c.English, name, StringComparison.OrdinalIgnoreCase) || c.Chinese == name || string.Equals(c.Field, name, StringComparison.OrdinalIgnoreCase));
            if (column.Field is not null) map[i] = column.Field;
        }
        return map;
    }

    /// <summary>UTF-8 (with or without BOM) when valid; otherwise GB18030, which is what Excel on Chinese Windows saves.</summary>
    private static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }
}
