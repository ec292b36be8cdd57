using Npgsql;

namespace CallCenter.EntityFrameworkCore;

/// <summary>
/// Connection settings every CallCenter data source uses unless the connection string says otherwise, so a
/// deployer's explicit setting — or a benchmark's "Max Auto Prepare=0" — always wins.
/// </summary>
public static class NpgsqlProductDefaults
{
    /// <summary>
    /// - Auto-prepared statements (ADR 0016): the hot queries (screen pop, engine commits) run thousands of times a
    ///   minute; PostgreSQL then skips parsing and planning them.
    /// - No session reset when a pooled connection is handed out again: Npgsql otherwise sends six statements
    ///   (SET SESSION AUTHORIZATION DEFAULT, RESET ALL, pg_advisory_unlock_all(), …) each time — one extra round trip
    ///   per query, since EF opens and closes the connection around every query. Neither the application nor the
    ///   engine keeps session state: their only settings are transaction-local (set_config(..., true)), and they take
    ///   no session advisory locks. Code that ever needs session state must reset it itself.
    /// </summary>
    /// <summary>Physical connections per pool opened by the warm-up and kept however idle.</summary>
    public const int WarmConnections = 12;

    public static string Apply(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Mentions(connectionString, "Auto Prepare", "AutoPrepare"))
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }
        if (!Mentions(connectionString, "Reset On Close", "ResetOnClose"))
            builder.NoResetOnClose = true;
        // Kept open once made (the start-up warm-up makes them, ADR 0017): a new physical connection costs a SCRAM
        // exchange (PBKDF2 on both sides) and a backend fork — paid before ready, not by the first burst after a restart.
        if (!Mentions(connectionString, "Minimum Pool Size", "MinPoolSize", "Min Pool Size"))
            builder.MinPoolSize = WarmConnections;
        return builder.ConnectionString;
    }

    private static bool Mentions(string connectionString, params string[] keys) =>
        keys.Any(k => connectionString.Contains(k, StringComparison.OrdinalIgnoreCase));
}
