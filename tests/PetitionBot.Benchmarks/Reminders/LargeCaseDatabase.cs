using Npgsql;

namespace PetitionBot.Benchmarks.Reminders;

/// <summary>
/// Fills a migrated PostgreSQL case database straight with SQL: N open cases with due dates from 10 days ago to 90
/// days ahead (one step kind; units and officers spread evenly) and M subscribers (100 for everything, the rest per
/// unit or per officer). The rows carry no case document; the scheduler reads columns only. Optionally a history of
/// reminder transitions of closed cases (yellow and red of one stage each), due over the year before.
/// </summary>
public static class LargeCaseDatabase
{
    public const int Units = 50;
    public const int Officers = 2000;

    public static string Unit(int i) => $"单位{i % Units}镇";

    public static async Task SeedAsync(string connectionString, int cases, int subscribers, int history, DateOnly today)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var command = connection.CreateCommand())
        {
            command.CommandTimeout = 600;
            command.CommandText = """
                INSERT INTO cases (number, year, sequence, query_code, status, is_open, is_collective, registering_unit,
                    responsible_unit, handling_officer, received_on, next_due_date, next_due_step, version, data, created_at, updated_at)
                SELECT 'XF-2026-' || lpad(i::text, 7, '0'), 2026, i, 'Q' || lpad(i::text, 7, '0'), 'in-progress', true, false,
                    '单位' || (i % @units) || '镇', NULL, 'officer-' || (i % @officers), @today - 70, @today - 10 + (i % 100),
                    'conclude', 1, '{}'::jsonb, now(), now()
                FROM generate_series(1, @cases) AS i;

                INSERT INTO reminder_subscriptions (id, channel_id, conversation_id, user_id, user_name, scope, units, officer_id,
                    digest_time, address, is_active, subscribed_at_ms, updated_at_ms)
                SELECT 'sub-' || i, 'msteams', 'conversation-' || i, 'user-' || i, NULL,
                    CASE WHEN i <= 100 THEN 'All' WHEN i % 2 = 0 THEN 'Units' ELSE 'OwnCases' END,
                    CASE WHEN i > 100 AND i % 2 = 0 THEN '["单位' || (i % @units) || '镇"]' ELSE '[]' END,
                    CASE WHEN i > 100 AND i % 2 = 1 THEN 'officer-' || (i % @officers) END,
                    '08:30', '{}', true, 0, 0
                FROM generate_series(1, @subscribers) AS i;
                INSERT INTO reminder_transitions (case_number, step, colour, due_date, registering_unit, responsible_unit,
                    handling_officer, detected_at_ms)
                SELECT 'XF-2025-' || lpad((i / 2)::text, 7, '0'), 'conclude', CASE WHEN i % 2 = 0 THEN 'yellow' ELSE 'red' END,
                    @today - 400 + (i / 2) % 365, '单位' || (i % @units) || '镇', NULL, 'officer-' || (i % @officers), 0
                FROM generate_series(0, @history - 1) AS i;
                -- Keep the store's number allocator past the seeded numbers.
                INSERT INTO case_counters (year, last_sequence) VALUES (2026, @cases)
                    ON CONFLICT (year) DO UPDATE SET last_sequence = EXCLUDED.last_sequence;
                """;
            command.Parameters.AddWithValue("units", Units);
            command.Parameters.AddWithValue("officers", Officers);
            command.Parameters.AddWithValue("today", today);
            command.Parameters.AddWithValue("cases", cases);
            command.Parameters.AddWithValue("subscribers", subscribers);
            command.Parameters.AddWithValue("history", history);
            await command.ExecuteNonQueryAsync();
        }
        await VacuumAsync(connectionString);
    }

    /// <summary>
    /// VACUUM ANALYZE, as autovacuum does on a live database after a bulk change: statistics, and the visibility map
    /// that lets index-only scans skip the table. A freshly bulk-loaded table without it measures the load, not the bot.
    /// Run until the map covers the case table: the first run right after the load can leave it empty.
    /// </summary>
    public static async Task VacuumAsync(string connectionString)
    {
        for (var run = 1; ; run++)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using (var vacuum = connection.CreateCommand())
            {
                // On its own: VACUUM cannot run inside the implicit transaction of a multi-statement command.
                vacuum.CommandTimeout = 600;
                vacuum.CommandText = "VACUUM ANALYZE";
                await vacuum.ExecuteNonQueryAsync();
            }
            await using var visible = connection.CreateCommand();
            visible.CommandText = "SELECT relallvisible::float8 / GREATEST(relpages, 1) FROM pg_class WHERE relname = 'cases'";
            if ((double)(await visible.ExecuteScalarAsync())! > 0.99 || run == 3)
                return;
        }
    }
}
