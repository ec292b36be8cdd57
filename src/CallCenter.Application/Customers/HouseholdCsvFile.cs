namespace CallCenter.Customers;

/// <summary>
/// A read import file: the rows fit to import (spreadsheet row number → field → text), the rows already refused while
/// reading (bad quoting, extra columns, a NUL) and how many data rows the file has in all.
/// </summary>
internal sealed record HouseholdCsvFile(
    List<(int Row, Dictionary<string, string> Cells)> Rows,
    List<ImportRowErrorDto> Errors,
    int TotalRows);
