using System.Data.Common;
using CallCenter.Contacts;
using CallCenter.Customers;
using CallCenter.EntityFrameworkCore;
using CallCenter.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace CallCenter.Repositories;

/// <summary>
/// The screen pop's reads — the caller's households, their last contacts, their open orders — as one Npgsql batch:
/// one round trip instead of three (EF runs one query per round trip), on the context's own connection and
/// transaction. Hand-written SQL, so it applies the context's <see cref="DataScope"/> itself, exactly as the query
/// filters do (soft delete, station scope, a technician's own orders); ScreenPopScopeEquivalenceTests compares it with
/// the filtered LINQ for every kind of user. Each statement is auto-prepared (NpgsqlProductDefaults).
/// The IVR's <see cref="ICallerLookup"/> runs the households statement alone.
/// </summary>
public sealed class SqlCallerScreenLookup(CallCenterDbContext db) : ICallerScreenLookup, ICallerLookup
{
    // The caller's visible households: $1 number, $2 station-scoped, $3 station, $4 at most.
    private const string CallerHouseholdsWhere = """
        WHERE h.id IN (SELECT p.household_id FROM household_phones p WHERE p.number = $1)
          AND NOT h.is_deleted AND (NOT $2 OR h.station_id IS NOT DISTINCT FROM $3)
        ORDER BY h.account_number LIMIT $4
        """;

    // The contacts and orders statements repeat it (as the ids array they match), so the three need nothing from each
    // other's answers.
    private const string VisibleCallers = $"SELECT h.id FROM households h {CallerHouseholdsWhere}";

    private const string HouseholdsSql = $"""
        SELECT h.id, h.account_number, h.name, h.district, h.community, h.building, h.unit, h.room,
               s.name, s.dispatch_phone, h.status, h.care_flags, h.heating_area_m2, h.heating_type
        FROM households h
        LEFT JOIN stations s ON s.id = h.station_id AND NOT s.is_deleted
        {CallerHouseholdsWhere}
        """;

    // = ANY(ARRAY(...)) rather than IN (...): the ids become one array value, so both the (caller_number, time) and
    // the (household_id, time) index serve the OR; $5 at most.
    private const string ContactsSql = $"""
        SELECT c.id, c.time, c.channel, c.category_id, c.notes
        FROM contacts c
        WHERE NOT c.is_deleted AND (NOT $2 OR c.station_id IS NOT DISTINCT FROM $3)
          AND (c.caller_number = $1 OR c.household_id = ANY (ARRAY({VisibleCallers})))
        ORDER BY c.time DESC LIMIT $5
        """;

    // $6 technician, $7 user: a technician sees only the orders assigned to them.
    private static readonly string OrdersSql = $"""
        SELECT w.id, w.number, w.status, w.category_id, w.creation_time, w.sla_response_due_at, w.sla_resolution_due_at
        FROM work_orders w
        WHERE NOT w.is_deleted AND (NOT $2 OR w.station_id IS NOT DISTINCT FROM $3)
          AND (NOT $6 OR w.assigned_technician_id IS NOT DISTINCT FROM $7)
          AND w.status NOT IN ('{WorkOrderStatus.Closed}', '{WorkOrderStatus.Cancelled}')
          AND w.household_id = ANY (ARRAY({VisibleCallers}))
        ORDER BY w.creation_time DESC LIMIT $5
        """;

    public Task<CallerScreen> FindAsync(string e164, int maxHouseholds, int maxRows, CancellationToken ct = default)
    {
        var scope = db.Scope;
        return ReadAsync([
            Command(HouseholdsSql, e164, scope, maxHouseholds),
            Command(ContactsSql, e164, scope, maxHouseholds, maxRows),
            Command(OrdersSql, e164, scope, maxHouseholds, maxRows, technician: true),
        ], async reader =>
        {
            var households = await ReadHouseholdsAsync(reader, ct);
            await reader.NextResultAsync(ct);
            var contacts = new List<RecentContactRow>();
            while (await reader.ReadAsync(ct))
                contacts.Add(new RecentContactRow(reader.GetGuid(0), reader.GetFieldValue<DateTimeOffset>(1),
                    Enum.Parse<ContactChannel>(reader.GetString(2)), reader.GetGuid(3), NullableString(reader, 4)));
            await reader.NextResultAsync(ct);
            var orders = new List<OpenWorkOrderRow>();
            while (await reader.ReadAsync(ct))
                orders.Add(new OpenWorkOrderRow(reader.GetGuid(0), reader.GetString(1), Enum.Parse<WorkOrderStatus>(reader.GetString(2)),
                    reader.GetGuid(3), reader.GetFieldValue<DateTimeOffset>(4), NullableTime(reader, 5), NullableTime(reader, 6)));
            return new CallerScreen(households, contacts, orders);
        }, ct);
    }

    public Task<IReadOnlyList<CallerHousehold>> FindByPhoneAsync(string e164, int max, CancellationToken ct = default) =>
        ReadAsync([Command(HouseholdsSql, e164, db.Scope, max)], reader => ReadHouseholdsAsync(reader, ct), ct);

    // Opened through EF so the context's connection counting still holds (closed again when we are done, unless the
    // context had it open already, e.g. inside a transaction, which the batch then joins).
    private async Task<T> ReadAsync<T>(NpgsqlBatchCommand[] commands, Func<NpgsqlDataReader, Task<T>> read, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var batch = ((NpgsqlConnection)db.Database.GetDbConnection()).CreateBatch();
            batch.Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
            foreach (var command in commands) batch.BatchCommands.Add(command);
            await using var reader = await batch.ExecuteReaderAsync(ct);
            return await read(reader);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static NpgsqlBatchCommand Command(string sql, string e164, DataScope scope, int maxHouseholds, int? maxRows = null, bool technician = false)
    {
        var command = new NpgsqlBatchCommand(sql);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<string> { TypedValue = e164, NpgsqlDbType = NpgsqlDbType.Varchar });
        p.Add(new NpgsqlParameter<bool> { TypedValue = scope.IsStationScoped });
        p.Add(Uuid(scope.StationId));
        p.Add(new NpgsqlParameter<int> { TypedValue = maxHouseholds });
        if (maxRows is { } rows) p.Add(new NpgsqlParameter<int> { TypedValue = rows });
        if (technician)
        {
            p.Add(new NpgsqlParameter<bool> { TypedValue = scope.IsTechnician });
            p.Add(Uuid(scope.UserId));
        }
        return command;
    }

    private static NpgsqlParameter Uuid(Guid? value) => new() { NpgsqlDbType = NpgsqlDbType.Uuid, Value = value is { } v ? v : DBNull.Value };

    private static async Task<IReadOnlyList<CallerHousehold>> ReadHouseholdsAsync(DbDataReader reader, CancellationToken ct)
    {
        var found = new List<CallerHousehold>();
        while (await reader.ReadAsync(ct))
            found.Add(new CallerHousehold(reader.GetGuid(0), reader.GetString(1), reader.GetString(2),
                new Address(reader.GetString(3), reader.GetString(4), NullableString(reader, 5), NullableString(reader, 6), NullableString(reader, 7)),
                NullableString(reader, 8), NullableString(reader, 9), Enum.Parse<AccountStatus>(reader.GetString(10)),
                (CareFlags)reader.GetInt32(11), reader.GetDecimal(12), Enum.Parse<HeatingType>(reader.GetString(13))));
        return found;
    }

    private static string? NullableString(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static DateTimeOffset? NullableTime(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetFieldValue<DateTimeOffset>(i);
}
