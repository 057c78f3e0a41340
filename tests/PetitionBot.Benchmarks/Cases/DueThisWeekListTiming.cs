using System.Diagnostics;
using Npgsql;
using PetitionBot.Benchmarks.Reminders;
using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Model;
using PetitionBot.Cases.Store;
using PetitionBot.Chat.Cases;
using PetitionBot.Chat.Users;

namespace PetitionBot.Benchmarks.Cases;

/// <summary>
/// The chat's "本周到期" reply over a large case database, through the same <see cref="CaseListReply"/> the chat uses
/// (counts and first page), for a supervisor (every case) and for an officer (one unit's cases).
/// </summary>
public static class DueThisWeekListTiming
{
    private const int Rounds = 30;
    private const string Supervisor = "bench-supervisor";
    private const string Officer = "bench-officer";

    public static async Task RunAsync(ICaseStore store, CaseDeadlines deadlines, string connectionString, DateTimeOffset now)
    {
        var unit = LargeCaseDatabase.Unit(1);
        await GiveTheFirstPagesRealDocumentsAsync(store, connectionString, unit, now);
        var access = new CaseAccess(Users(unit), new UserDirectory(Users(unit)));
        var reply = new CaseListReply(store, deadlines, access);
        var today = DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(8)).DateTime);
        foreach (var (user, what) in new[] { (Supervisor, "supervisor, all cases"), (Officer, $"officer, {unit}") })
        {
            var times = new PassTimes($"本周到期 reply ({what})");
            string text = "";
            for (var i = 0; i <= Rounds; i++)
            {
                var clock = Stopwatch.StartNew();
                (text, _, _) = await reply.WriteAsync(new CaseListRequest(CaseListKind.DueThisWeek), user, today, CancellationToken.None);
                if (i > 0)
                    times.Add(clock.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"  {times}  — {text.Split('\n')[0]}");
        }
    }

    private static UserOptions Users(string unit) => new()
    {
        Users =
        [
            new ChatUser { Id = Supervisor, Name = "压测主管", Role = "supervisor" },
            new ChatUser { Id = Officer, Name = "压测办事员", Role = "officer", Unit = unit },
        ],
    };

    /// <summary>
    /// The seeded rows carry no case document; the lists show documents, so the rows on both first pages get a real
    /// one, filed through the store. Vacuumed afterwards, as autovacuum would.
    /// </summary>
    private static async Task GiveTheFirstPagesRealDocumentsAsync(ICaseStore store, string connectionString, string unit, DateTimeOffset now)
    {
        var real = await store.CreateAsync(new RegisterCase
        {
            By = new Actor("bench", "压测"),
            At = now,
            Case = new NewCase
            {
                Form = PetitionForm.Visit, Petitioners = [new Petitioner("张三", "13812345678")], PeopleCount = 1,
                ProblemLocation = "城关镇", Claim = new PetitionClaim("反映拖欠工资"), RegisteringUnit = unit, ReceivedAt = now,
            },
        }, CancellationToken.None);
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                UPDATE cases SET data = (SELECT data FROM cases WHERE number = @real)
                WHERE number IN (SELECT number FROM cases WHERE is_open AND next_due_date IS NOT NULL
                        ORDER BY next_due_date, number LIMIT {CaseListReply.PageSize})
                    OR number IN (SELECT number FROM cases WHERE is_open AND next_due_date IS NOT NULL AND registering_unit = @unit
                        ORDER BY next_due_date, number LIMIT {CaseListReply.PageSize})
                """;
            command.Parameters.AddWithValue("real", real.Number);
            command.Parameters.AddWithValue("unit", unit);
            await command.ExecuteNonQueryAsync();
        }
        await LargeCaseDatabase.VacuumAsync(connectionString);
    }
}
