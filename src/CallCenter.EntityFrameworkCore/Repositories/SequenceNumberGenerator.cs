using CallCenter.EntityFrameworkCore;
using CallCenter.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Repositories;

/// <summary>One UPSERT … RETURNING per number: atomic across requests and nodes, no gaps from rolled-back reads.</summary>
public sealed class SequenceNumberGenerator(CallCenterDbContext db) : ISequenceNumberGenerator
{
    public async Task<string> NextAsync(string prefix, DateOnly day, CancellationToken ct = default)
    {
        var next = await db.Database.SqlQuery<int>($"""
            INSERT INTO daily_sequences (prefix, day, last) VALUES ({prefix}, {day}, 1)
            ON CONFLICT (prefix, day) DO UPDATE SET last = daily_sequences.last + 1
            RETURNING last AS "Value"
            """).ToListAsync(ct);
        return $"{prefix}-{day:yyyyMMdd}-{next[0]:D4}";
    }
}
