using CallCenter.Errors;
using CallCenter.Localization;
using CallCenter.Repositories;
using CallCenter.Validation;

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
    public const int MaxFileBytes = HouseholdCsvFileReader.MaxFileBytes;
    private const int BatchSize = 500;

    public async Task<HouseholdImportResultDto> ImportAsync(Stream csv, CancellationToken ct)
    {
        var file = await HouseholdCsvFileReader.ReadAsync(csv, ct);
        var errors = file.Errors;
        int created = 0, updated = 0;
        foreach (var batch in file.Rows.Chunk(BatchSize))
        {
            var (c, u) = await ImportBatchAsync(batch, errors, ct);
            created += c;
            updated += u;
        }
        var failedRows = errors.Select(e => e.Row).Distinct().Count();
        return new HouseholdImportResultDto(file.TotalRows, created, updated, failedRows, errors.OrderBy(e => e.Row).ToList());
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
            // The database's own words (SQL states, "Include Error Detail") are not for the person importing.
            errors.AddRange(staged.Select(s => new ImportRowErrorDto(s.Row, s.Account, "accountNumber", DatabaseRefusal(ex, s.Account))));
            return (0, 0);
        }
        uow.DiscardChanges(); // keep the change tracker small across batches
        return (created, updated);
    }

    private static string DatabaseRefusal(Exception ex, string? account) => (ex.GetBaseException() as System.Data.Common.DbException)?.SqlState switch
    {
        "23505" => L.Get(CallCenterErrorCodes.HouseholdAccountNumberTaken, null, account ?? ""),
        "22001" => L.Get("Validation:TooLongForStorage"),
        "22021" or "22P05" => L.Get("Validation:NulCharacter"),
        _ => L.Get(CallCenterErrorCodes.Unexpected),
    };
}
