using System.Text;
using CallCenter.Errors;
using CallCenter.Exceptions;
using CallCenter.Localization;
using CallCenter.Repositories;
using CallCenter.Validation;
using CsvHelper;
using System.Globalization;

namespace CallCenter.Customers;

/// <summary>
/// Imports households from CSV. Every row is validated like the editor's form; bad rows are reported with their
/// row number and field and never block good ones; a known account number updates that household instead of
/// adding a duplicate, so importing the same file twice changes nothing.
/// </summary>
public sealed class HouseholdCsvImporter(
    IRepository<Household> households,
    IAsyncQueryExecuter query,
    IUnitOfWork uow,
    HouseholdInputApplier applier)
{
    public const int MaxFileBytes = 20 * 1024 * 1024;
    private const int BatchSize = 500;

    static HouseholdCsvImporter() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public async Task<HouseholdImportResultDto> ImportAsync(Stream csv, CancellationToken ct)
    {
        var rows = await ReadRowsAsync(csv, ct);
        var errors = new List<ImportRowErrorDto>();
        int created = 0, updated = 0;
        foreach (var batch in rows.Chunk(BatchSize))
        {
            var (c, u) = await ImportBatchAsync(batch, errors, ct);
            created += c;
            updated += u;
        }
        var failedRows = errors.Select(e => e.Row).Distinct().Count();
        return new HouseholdImportResultDto(rows.Count, created, updated, failedRows, errors.OrderBy(e => e.Row).ToList());
    }

    private async Task<(int Created, int Updated)> ImportBatchAsync(
        (int Row, Dictionary<string, string> Cells)[] batch, List<ImportRowErrorDto> errors, CancellationToken ct)
    {
        var accountNumbers = batch.Select(r => r.Cells.GetValueOrDefault("accountNumber")?.Trim() ?? "").ToList();
        var existing = (await query.ToListAsync(households.QueryWithDetails().Where(h => accountNumbers.Contains(h.AccountNumber)), ct))
            .ToDictionary(h => h.AccountNumber);
        int created = 0, updated = 0;
        var staged = new List<(int Row, string? Account)>();
        foreach (var (row, cells) in batch)
        {
            var v = new FieldValidator();
            var (input, stationCode) = HouseholdCsvRowReader.Read(cells, v);
            if (stationCode is not null)
            {
                var stationId = await applier.StationIdByCodeAsync(stationCode, ct);
                if (stationId is null) v.Add("stationCode", CallCenterErrorCodes.HouseholdStationUnknown);
                input = input with { StationId = stationId };
            }
            var phones = await applier.ValidateAsync(input, v, ct);
            if (v.Errors.Count > 0)
            {
                errors.AddRange(v.Errors.Select(e => new ImportRowErrorDto(row, input.AccountNumber, e.Field, e.Message)));
                continue;
            }
            var account = input.AccountNumber.Trim();
            if (existing.TryGetValue(account, out var household)) updated++;
            else
            {
                household = new Household(account, input.Name, new Address(input.District, input.Community, null, null, null));
                households.Add(household);
                existing[account] = household;
                created++;
            }
            await applier.ApplyAsync(household, input, phones, ct);
            staged.Add((row, account));
        }
        try
        {
            await uow.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Something only the database knew (e.g. a concurrent insert of the same account): report the batch's
            // rows rather than lose the whole file; the rest of the file still imports.
            uow.DiscardChanges();
            errors.AddRange(staged.Select(s => new ImportRowErrorDto(s.Row, s.Account, "accountNumber", ex.GetBaseException().Message)));
            return (0, 0);
        }
        uow.DiscardChanges(); // keep the change tracker small across batches
        return (created, updated);
    }

    private static async Task<List<(int Row, Dictionary<string, string> Cells)>> ReadRowsAsync(Stream csv, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await csv.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxFileBytes)
            throw new BusinessException(CallCenterErrorCodes.ImportFileTooLarge, "file", MaxFileBytes / 1024 / 1024);
        var text = Decode(buffer.ToArray());
        try
        {
            using var reader = CsvReader.Create(new StringReader(text),
                new CsvReaderOptions { HasHeader = true, DetectSeparatorHint = true, TrimWhitespace = true, SkipEmptyLines = true }, false);
            await reader.ReadHeaderAsync(ct);
            var map = MapHeader(reader.Headers ?? []);
            if (!map.ContainsValue("accountNumber"))
                throw new BusinessException(CallCenterErrorCodes.ImportFileUnreadable, "file", "AccountNumber / 户号");
            var rows = new List<(int, Dictionary<string, string>)>();
            // Rows are numbered as a spreadsheet shows them: the header is row 1, the first household row 2.
            var rowNumber = 1;
            while (await reader.ReadAsync(ct))
            {
                rowNumber++;
                var cells = new Dictionary<string, string>();
                foreach (var (index, field) in map)
                    cells[field] = index < reader.FieldCount ? reader.GetString(index) ?? "" : "";
                if (cells.Values.All(string.IsNullOrWhiteSpace)) continue;
                rows.Add((rowNumber, cells));
            }
            return rows;
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
