using Npgsql;
using PetitionBot.Benchmarks.Reminders;

namespace PetitionBot.Benchmarks.Statistics;

/// <summary>
/// Fills a migrated PostgreSQL case database straight with SQL for statistics: N cases received evenly over the two
/// years before <c>today</c> in 50 units, four forms, eight categories; one in 40 collective; older cases mostly
/// concluded (one in ten late), the rest open with due dates around today; one petitioner each, drawn from a pool so
/// that about one in six comes back.
/// </summary>
public static class StatisticsCaseDatabase
{
    private static readonly string[] Forms = ["visit", "letter", "phone", "online"];
    private static readonly string[] Categories = ["劳动社保", "城乡建设", "征地拆迁", "农村农业", "卫生健康", "教育", "生态环境", "政法"];

    public static async Task SeedAsync(string connectionString, int cases, DateOnly today)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var command = connection.CreateCommand())
        {
            command.CommandTimeout = 1200;
            command.CommandText = """
                INSERT INTO cases (number, year, sequence, query_code, status, is_open, is_collective, registering_unit,
                    responsible_unit, handling_officer, received_on, next_due_date, next_due_step, version, data, created_at, updated_at,
                    form, category, concluded_on, conclude_due_date)
                SELECT 'XF-S-' || lpad(i::text, 8, '0'), 2026, i, 'S' || lpad(i::text, 8, '0'),
                    CASE WHEN r.day < @today - 90 THEN 'concluded' ELSE 'in-progress' END, true, i % 40 = 0,
                    '单位' || (i % @units) || '镇', NULL, 'officer-' || (i % 2000), r.day,
                    CASE WHEN r.day < @today - 90 THEN NULL ELSE r.day + 60 END, 'conclude', 1, '{}'::jsonb, now(), now(),
                    (@forms)[1 + i % 4], (@categories)[1 + (i / 7) % 8],
                    CASE WHEN r.day < @today - 90 THEN r.day + 20 + (i % 10) * 5 END,
                    CASE WHEN r.day < @today - 90 THEN r.day + 62 END
                FROM generate_series(1, @cases) AS i
                CROSS JOIN LATERAL (SELECT (@today - 730 + (i::bigint * 730 / @cases)::int) AS day) r;

                INSERT INTO case_petitioners (case_number, position, name, phone, id_number)
                SELECT 'XF-S-' || lpad(i::text, 8, '0'), 0, '信访人' || (i % (@cases * 5 / 6)),
                    '139' || lpad((i % (@cases * 5 / 6))::text, 8, '0'), NULL
                FROM generate_series(1, @cases) AS i;
                """;
            command.Parameters.AddWithValue("units", LargeCaseDatabase.Units);
            command.Parameters.AddWithValue("today", today);
            command.Parameters.AddWithValue("cases", cases);
            command.Parameters.AddWithValue("forms", Forms);
            command.Parameters.AddWithValue("categories", Categories);
            await command.ExecuteNonQueryAsync();
        }
        await LargeCaseDatabase.VacuumAsync(connectionString);
    }
}
