using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using PetitionBot.Cases.Model;
using PetitionBot.Cases.Statistics;

namespace PetitionBot.Cases.Store;

/// <summary>The statistics over the case table: one GROUP BY per question, over the period's covering index.</summary>
public abstract partial class RelationalCaseStore : ICaseStatistics
{
    private const int FillBatch = 500;

    public Task<IReadOnlyList<CaseTally>> TallyAsync(CaseQuery filter, CaseGrouping grouping, DateOnly today, CancellationToken cancellationToken) =>
        DbAccess.Guard("statistics", async () =>
        {
            await using var connection = await OpenConnectionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            PrepareTally(command, filter, grouping, today);
            var rows = new List<CaseTally>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new CaseTally(Key(reader.GetValue(0)), Int(reader, 1), Int(reader, 2), Int(reader, 3), Int(reader, 4),
                    Int(reader, 5), Int(reader, 6)));
            }
            // An aggregate without GROUP BY still answers one row; a grouped one none when nothing matches.
            return (IReadOnlyList<CaseTally>)rows;
        });

    public Task<RepeatPetitioners> RepeatPetitionersAsync(CaseQuery filter, int minCases, int top, CancellationToken cancellationToken) =>
        DbAccess.Guard("statistics", async () =>
        {
            await using var connection = await OpenConnectionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            var grouped = RepeatGroups(command, filter, minCases);
            command.AddParameter("top", Math.Max(0, top));
            // Every repeat person counted, the most frequent listed, in one statement.
            command.CommandText = $"""
                WITH g AS ({grouped})
                SELECT (SELECT COUNT(*) FROM g), t.name, t.phone, t.id_number, t.cases, t.last_received
                FROM (SELECT 1 AS one) x
                LEFT JOIN (SELECT * FROM g ORDER BY cases DESC, last_received DESC, person LIMIT @top) t ON 1 = 1
                """;
            var people = 0;
            var list = new List<RepeatPetitioner>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                people = Int(reader, 0);
                if (reader.IsDBNull(1))
                    continue;
                list.Add(new RepeatPetitioner(reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3), Int(reader, 4), Day(reader.GetValue(5))));
            }
            return new RepeatPetitioners(people, list);
        });

    /// <summary>The plan of a tally, for tests that check the period index is used.</summary>
    internal Task<string> ExplainTallyAsync(CaseQuery filter, CaseGrouping grouping, DateOnly today, CancellationToken cancellationToken) =>
        ExplainAsync(command => PrepareTally(command, filter, grouping, today), cancellationToken);

    private void PrepareTally(DbCommand command, CaseQuery filter, CaseGrouping grouping, DateOnly today)
    {
        var key = grouping switch
        {
            CaseGrouping.None => "NULL",
            CaseGrouping.Form => "c.form",
            CaseGrouping.Category => "c.category",
            CaseGrouping.Status => "c.status",
            CaseGrouping.Unit => "COALESCE(c.responsible_unit, c.registering_unit)",
            CaseGrouping.ReceivedDay => "c.received_on",
            CaseGrouping.Satisfaction => "c.satisfaction",
            _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, "Unknown grouping."),
        };
        var where = Where(command, filter);
        command.AddParameter("today", today);
        // The steps the office must act in, from the deadline policy: a petitioner's lapsed window is not the office late.
        var steps = _lifecycle.Deadlines.Policy.OfficeSteps.Select((step, i) =>
        {
            command.AddParameter($"officeStep{i}", JsonNamingPolicy.KebabCaseLower.ConvertName(step.ToString()));
            return $"@officeStep{i}";
        }).ToList();
        var officeStep = steps.Count == 0 ? "1 = 0" : $"c.next_due_step IN ({string.Join(", ", steps)})";
        command.CommandText = $"""
            SELECT {key} AS k, COUNT(*),
                COUNT(CASE WHEN c.is_collective = {Dialect.True} THEN 1 END),
                COUNT(CASE WHEN c.is_open = {Dialect.True} THEN 1 END),
                COUNT(CASE WHEN (c.is_open = {Dialect.True} AND c.next_due_date < @today AND {officeStep})
                                OR c.concluded_on > c.conclude_due_date THEN 1 END),
                COUNT(c.concluded_on),
                COUNT(CASE WHEN c.concluded_on <= c.conclude_due_date THEN 1 END)
            FROM cases c
            {where}
            {(grouping == CaseGrouping.None ? "" : "GROUP BY " + key)}
            """;
    }

    /// <summary>One row per person (ID number, else phone) with at least <paramref name="minCases"/> matching cases.</summary>
    private string RepeatGroups(DbCommand command, CaseQuery filter, int minCases)
    {
        var where = Where(command, filter);
        var person = "COALESCE(p.id_number, p.phone)";
        command.AddParameter("minCases", Math.Max(2, minCases));
        return $"""
            SELECT {person} AS person, MIN(p.name) AS name, MAX(p.phone) AS phone, MAX(p.id_number) AS id_number,
                COUNT(DISTINCT c.number) AS cases, MAX(c.received_on) AS last_received
            FROM cases c JOIN case_petitioners p ON p.case_number = c.number
            {(where.Length == 0 ? "WHERE" : where + " AND")} (p.id_number IS NOT NULL OR p.phone IS NOT NULL)
            GROUP BY {person}
            HAVING COUNT(DISTINCT c.number) >= @minCases
            """;
    }

    private void AddStatisticsColumns(DbCommand command, PetitionCase c)
    {
        command.AddParameter("form", JsonNamingPolicy.KebabCaseLower.ConvertName(c.Form.ToString()));
        command.AddParameter("category", c.Category);
        command.AddParameter("satisfaction", c.Satisfaction is { } s ? JsonNamingPolicy.KebabCaseLower.ConvertName(s.ToString()) : null);
        command.AddParameter("concludedOn", c.Dates.Concluded);
        command.AddParameter("concludeDue", _lifecycle.Deadlines.ConcludeDueDate(c)?.Date);
    }

    /// <summary>
    /// Rows written before the statistics columns existed get their 办结 due date (it needs the working calendar, so
    /// SQL alone cannot fill it). Only concluded cases need it; later writes keep it current.
    /// </summary>
    private async Task FillConcludeDueDatesAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var after = "";
        while (true)
        {
            var batch = new List<PetitionCase>();
            await using (var select = DbAccess.Command(connection, null, """
                SELECT c.data FROM cases c
                WHERE c.concluded_on IS NOT NULL AND c.conclude_due_date IS NULL AND c.number > @after
                ORDER BY c.number LIMIT @batch
                """))
            {
                select.AddParameter("after", after);
                select.AddParameter("batch", FillBatch);
                await using var reader = await select.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                    batch.Add(Deserialize(reader.GetString(0)));
            }
            if (batch.Count == 0)
                return;
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            foreach (var c in batch)
            {
                await using var update = DbAccess.Command(connection, transaction, "UPDATE cases SET conclude_due_date = @due WHERE number = @number");
                update.AddParameter("due", _lifecycle.Deadlines.ConcludeDueDate(c)?.Date);
                update.AddParameter("number", c.Number);
                await update.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            after = batch[^1].Number;
        }
    }

    private static int Int(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? 0 : Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    /// <summary>A group key as text; dates as yyyy-MM-dd whichever way the provider returns them.</summary>
    private static string? Key(object value) => value switch
    {
        DBNull => null,
        DateTime d => DateOnly.FromDateTime(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static DateOnly Day(object value) => value switch
    {
        DateTime d => DateOnly.FromDateTime(d),
        DateOnly d => d,
        _ => DateOnly.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture),
    };
}
