using System.Data.Common;
using System.Text.Json;
using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Model;

namespace PetitionBot.Cases.Store;

/// <summary>
/// The case store over ADO.NET, shared by the SQLite and PostgreSQL stores. The case row and its event are
/// written in one transaction; the row's version column makes concurrent changes fail instead of overwrite.
/// </summary>
public abstract partial class RelationalCaseStore : ICaseStore
{
    private const int QueryCodeAttempts = 5;

    private readonly CaseLifecycle _lifecycle;
    private readonly TimeProvider _time;

    private protected RelationalCaseStore(CaseLifecycle lifecycle, TimeProvider? time)
    {
        _lifecycle = lifecycle;
        _time = time ?? TimeProvider.System;
    }

    private protected abstract SqlDialect Dialect { get; }

    /// <summary>Test seam: runs inside a change's transaction after the case row is written and before its event.</summary>
    internal Func<DbConnection, DbTransaction, CancellationToken, Task>? AfterCaseRowWritten { get; set; }

    private protected abstract ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Database-wide settings applied at start-up, before migrations.</summary>
    private protected virtual Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Brings the schema up to date; call once at start-up.</summary>
    /// <summary>Applies pending migrations to a new store, disposing it when that fails.</summary>
    protected static async Task<TStore> MigratedAsync<TStore>(TStore store, CancellationToken cancellationToken) where TStore : RelationalCaseStore
    {
        try
        {
            await store.MigrateAsync(cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    public Task MigrateAsync(CancellationToken cancellationToken) => DbAccess.Guard("migrate", async () =>
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await PrepareDatabaseAsync(connection, cancellationToken);
        await SchemaMigrator.MigrateAsync(connection, Dialect, cancellationToken);
        await FillConcludeDueDatesAsync(connection, cancellationToken);
        return true;
    });

    public Task<PetitionCase> CreateAsync(RegisterCase command, CancellationToken cancellationToken) => DbAccess.Guard("create", async () =>
    {
        if (await CaseOfKeyAsync(command.IdempotencyKey, cancellationToken) is { } earlier)
            return earlier;
        // Validate before allocating, so a refused registration does not use up a number.
        var draft = _lifecycle.Register(command, "", "");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await InsertAsync(draft, command, cancellationToken);
            }
            catch (DbException e) when (Dialect.IsUniqueViolation(e) && attempt < QueryCodeAttempts)
            {
                // The same request filed concurrently won the key; otherwise a query code drawn twice: draw again.
                if (await CaseOfKeyAsync(command.IdempotencyKey, cancellationToken) is { } winner)
                    return winner;
            }
        }
    });

    public Task<PetitionCase?> GetByNumberAsync(string number, CancellationToken cancellationToken) =>
        DbAccess.Guard("read", () => SingleAsync("c.number = @key", number, cancellationToken));

    public Task<PetitionCase?> GetByQueryCodeAsync(string queryCode, CancellationToken cancellationToken) =>
        DbAccess.Guard("read", () => SingleAsync("c.query_code = @key", queryCode.Trim().ToUpperInvariant(), cancellationToken));

    public Task<PetitionCase> ApplyAsync(string number, CaseCommand command, long expectedVersion, CancellationToken cancellationToken) =>
        DbAccess.Guard("update", async () =>
        {
            await using var connection = await OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var current = await ReadAsync(connection, transaction, "c.number = @key", number, cancellationToken)
                ?? throw new CaseNotFoundException(number);
            if (await KeyUsedAsync(connection, transaction, command.IdempotencyKey, cancellationToken))
                return current;
            if (current.Version != expectedVersion)
                throw new CaseVersionConflictException(number, expectedVersion);
            var next = _lifecycle.Apply(current, command);
            var now = _time.GetUtcNow();
            await using (var update = DbAccess.Command(connection, transaction, $"""
                UPDATE cases SET status = @status, is_open = @open, responsible_unit = @responsible,
                    handling_officer = @officer, next_due_date = @due, next_due_step = @step, version = @version,
                    data = {Dialect.Json("@data")}, updated_at = @now, form = @form, category = @category,
                    satisfaction = @satisfaction, concluded_on = @concludedOn, conclude_due_date = @concludeDue
                WHERE number = @number AND version = @expected
                """))
            {
                AddCaseColumns(update, next, now);
                update.AddParameter("expected", expectedVersion);
                if (await update.ExecuteNonQueryAsync(cancellationToken) != 1)
                    throw new CaseVersionConflictException(number, expectedVersion);
            }
            if (AfterCaseRowWritten is { } hook)
                await hook(connection, transaction, cancellationToken);
            await InsertEventAsync(connection, transaction, next, command, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return next;
        });

    public Task<int> CountAsync(CaseQuery query, CancellationToken cancellationToken) => DbAccess.Guard("query", async () =>
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM cases c {Where(command, query)}";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    });

    public Task<CaseCounts> CountAsync(CaseQuery query, DateOnly today, CancellationToken cancellationToken) => DbAccess.Guard("query", async () =>
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        PrepareCount(command, query, today);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new CaseCounts(
            Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture),
            Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture));
    });

    public Task<IReadOnlyList<PetitionCase>> FindAsync(CaseQuery query, CancellationToken cancellationToken) => DbAccess.Guard("query", async () =>
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        PrepareFind(command, query);
        var cases = new List<PetitionCase>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            cases.Add(Deserialize(reader.GetString(0)));
        return (IReadOnlyList<PetitionCase>)cases;
    });

    /// <summary>The database's plan for a query, one line per plan row; lets tests check that indexes are used.</summary>
    internal Task<string> ExplainFindAsync(CaseQuery query, CancellationToken cancellationToken) =>
        ExplainAsync(command => PrepareFind(command, query), cancellationToken);

    /// <summary>The plan of <see cref="CountAsync(CaseQuery, DateOnly, CancellationToken)"/>.</summary>
    internal Task<string> ExplainCountAsync(CaseQuery query, DateOnly today, CancellationToken cancellationToken) =>
        ExplainAsync(command => PrepareCount(command, query, today), cancellationToken);

    private Task<string> ExplainAsync(Action<DbCommand> prepare, CancellationToken cancellationToken) => DbAccess.Guard("explain", async () =>
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        prepare(command);
        command.CommandText = Dialect.Explain + command.CommandText;
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            lines.Add(string.Join(" ", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return string.Join("\n", lines);
    });

    private void PrepareCount(DbCommand command, CaseQuery query, DateOnly today)
    {
        command.CommandText = $"SELECT COUNT(*), COUNT(CASE WHEN c.next_due_date < @overdueBefore THEN 1 END) FROM cases c {Where(command, query)}";
        command.AddParameter("overdueBefore", today);
    }

    private void PrepareFind(DbCommand command, CaseQuery query)
    {
        var where = Where(command, query);
        command.AddParameter("limit", Math.Max(0, query.Limit));
        command.AddParameter("offset", Math.Max(0, query.Offset));
        command.CommandText = $"""
            SELECT c.data FROM cases c
            {where}
            ORDER BY {(query.DueFrom is null && query.DueTo is null ? "(c.next_due_date IS NULL), " : "")}c.next_due_date, c.number
            LIMIT @limit OFFSET @offset
            """;
    }

    /// <summary>The WHERE clause of a query (empty when it has no filters), its parameters added to <paramref name="command"/>.</summary>
    private string Where(DbCommand command, CaseQuery query)
    {
        var where = new List<string>();
        if (query.PetitionerName is { } name)
        {
            where.Add("EXISTS (SELECT 1 FROM case_petitioners p WHERE p.case_number = c.number AND p.name = @name)");
            command.AddParameter("name", name.Trim());
        }
        if (query.PetitionerPhone is { } phone)
        {
            where.Add("EXISTS (SELECT 1 FROM case_petitioners p WHERE p.case_number = c.number AND p.phone = @phone)");
            command.AddParameter("phone", PhoneDigits.Normalize(phone) ?? "");
        }
        if (query.PetitionerIdNumber is { } idNumber)
        {
            where.Add("EXISTS (SELECT 1 FROM case_petitioners p WHERE p.case_number = c.number AND p.id_number = @idNumber)");
            command.AddParameter("idNumber", idNumber.Trim().ToUpperInvariant());
        }
        if (query.HandlingOfficer is { } officer)
        {
            where.Add("c.handling_officer = @officer");
            command.AddParameter("officer", officer);
        }
        if (query.HandledOrRegisteredBy is { } user)
        {
            where.Add("(c.handling_officer = @user OR c.registered_by = @user)");
            command.AddParameter("user", user);
        }
        if (query.Units is { Count: 1 } one)
        {
            where.Add("(c.registering_unit = @unit OR c.responsible_unit = @unit)");
            command.AddParameter("unit", one[0]);
        }
        else if (query.Units is { } units)
        {
            // No unit at all sees nothing; several are one list on each side.
            var names = units.Select((u, i) => { command.AddParameter($"unit{i}", u); return $"@unit{i}"; }).ToList();
            where.Add(names.Count == 0 ? "1 = 0" : $"(c.registering_unit IN ({string.Join(", ", names)}) OR c.responsible_unit IN ({string.Join(", ", names)}))");
        }
        // Written exactly as the partial index's predicate so the planner can use it.
        if (query.OpenOnly || query.DueFrom is not null || query.DueTo is not null)
            where.Add($"c.is_open = {Dialect.True}");
        if (query.DueFrom is not null || query.DueTo is not null)
            where.Add("c.next_due_date IS NOT NULL");
        if (query.DueFrom is { } from)
        {
            where.Add("c.next_due_date >= @from");
            command.AddParameter("from", from);
        }
        if (query.DueTo is { } to)
        {
            where.Add("c.next_due_date <= @to");
            command.AddParameter("to", to);
        }
        if (query.Collective is { } collective)
            where.Add(collective ? $"c.is_collective = {Dialect.True}" : $"c.is_collective <> {Dialect.True}");
        if (query.ReceivedFrom is { } receivedFrom)
        {
            where.Add("c.received_on >= @receivedFrom");
            command.AddParameter("receivedFrom", receivedFrom);
        }
        if (query.ReceivedTo is { } receivedTo)
        {
            where.Add("c.received_on <= @receivedTo");
            command.AddParameter("receivedTo", receivedTo);
        }
        return where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
    }

    public Task<IReadOnlyList<CaseEvent>> HistoryAsync(string number, CancellationToken cancellationToken) => DbAccess.Guard("read", async () =>
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = DbAccess.Command(connection, null,
            "SELECT version, kind, label, payload FROM case_events WHERE case_number = @number ORDER BY version");
        command.AddParameter("number", number);
        var events = new List<CaseEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var payload = JsonSerializer.Deserialize<CaseCommand>(reader.GetString(3), CaseJson.Options)!;
            events.Add(new CaseEvent(number, reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
                payload.By, payload.At, payload.Why, payload));
        }
        return (IReadOnlyList<CaseEvent>)events;
    });

    public abstract ValueTask DisposeAsync();

    private async Task<PetitionCase> InsertAsync(PetitionCase draft, RegisterCase command, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var year = command.At.Year;
        long sequence;
        await using (var counter = DbAccess.Command(connection, transaction, """
            INSERT INTO case_counters (year, last_sequence) VALUES (@year, 1)
            ON CONFLICT (year) DO UPDATE SET last_sequence = case_counters.last_sequence + 1
            RETURNING last_sequence
            """))
        {
            counter.AddParameter("year", year);
            sequence = Convert.ToInt64(await counter.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        var created = draft with { Number = CaseNumber.Format(year, sequence), QueryCode = Model.QueryCode.New() };
        var now = _time.GetUtcNow();
        await using (var insert = DbAccess.Command(connection, transaction, $"""
            INSERT INTO cases (number, year, sequence, query_code, status, is_open, is_collective, registering_unit,
                responsible_unit, handling_officer, received_on, next_due_date, next_due_step, version, data, created_at, updated_at,
                registered_by, form, category, satisfaction, concluded_on, conclude_due_date)
            VALUES (@number, @year, @sequence, @code, @status, @open, @collective, @registering,
                @responsible, @officer, @received, @due, @step, @version, {Dialect.Json("@data")}, @now, @now, @registeredBy,
                @form, @category, @satisfaction, @concludedOn, @concludeDue)
            """))
        {
            AddCaseColumns(insert, created, now);
            insert.AddParameter("year", year);
            insert.AddParameter("sequence", sequence);
            insert.AddParameter("code", created.QueryCode);
            insert.AddParameter("collective", created.IsCollective);
            insert.AddParameter("registering", created.RegisteringUnit);
            insert.AddParameter("received", created.Dates.Received);
            insert.AddParameter("registeredBy", command.By.Id);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        for (var i = 0; i < created.Petitioners.Count; i++)
        {
            await using var petitioner = DbAccess.Command(connection, transaction,
                "INSERT INTO case_petitioners (case_number, position, name, phone, id_number) VALUES (@number, @position, @name, @phone, @id)");
            petitioner.AddParameter("number", created.Number);
            petitioner.AddParameter("position", i);
            petitioner.AddParameter("name", created.Petitioners[i].Name.Trim());
            petitioner.AddParameter("phone", PhoneDigits.Normalize(created.Petitioners[i].Phone));
            petitioner.AddParameter("id", created.Petitioners[i].IdNumber?.Trim().ToUpperInvariant());
            await petitioner.ExecuteNonQueryAsync(cancellationToken);
        }
        if (AfterCaseRowWritten is { } hook)
            await hook(connection, transaction, cancellationToken);
        await InsertEventAsync(connection, transaction, created, command, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return created;
    }

    private void AddCaseColumns(DbCommand command, PetitionCase c, DateTimeOffset now)
    {
        var pending = _lifecycle.Deadlines.Pending(c);
        command.AddParameter("number", c.Number);
        command.AddParameter("status", JsonNamingPolicy.KebabCaseLower.ConvertName(c.Status.ToString()));
        command.AddParameter("open", c.IsOpen);
        command.AddParameter("responsible", c.ResponsibleUnit);
        command.AddParameter("officer", c.HandlingOfficer);
        command.AddParameter("due", pending?.Due.Date);
        command.AddParameter("step", pending is null ? null : JsonNamingPolicy.KebabCaseLower.ConvertName(pending.Rule.Step.ToString()));
        command.AddParameter("version", c.Version);
        command.AddParameter("data", JsonSerializer.Serialize(c, CaseJson.Options));
        command.AddParameter("now", now);
        AddStatisticsColumns(command, c);
    }

    private async Task InsertEventAsync(DbConnection connection, DbTransaction transaction, PetitionCase c, CaseCommand command,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.SerializeToElement(command, CaseJson.Options);
        await using var insert = DbAccess.Command(connection, transaction, $"""
            INSERT INTO case_events (case_number, version, kind, label, actor_id, actor_name, at, why, payload, recorded_at, idempotency_key)
            VALUES (@number, @version, @kind, @label, @actor, @actorName, @at, @why, {Dialect.Json("@payload")}, @now, @idempotencyKey)
            """);
        insert.AddParameter("number", c.Number);
        insert.AddParameter("version", c.Version);
        insert.AddParameter("kind", payload.GetProperty("command").GetString());
        insert.AddParameter("label", command.Label);
        insert.AddParameter("actor", command.By.Id);
        insert.AddParameter("actorName", command.By.Name);
        insert.AddParameter("at", command.At.ToUniversalTime());
        insert.AddParameter("why", command.Why);
        insert.AddParameter("payload", payload.GetRawText());
        insert.AddParameter("now", now);
        insert.AddParameter("idempotencyKey", string.IsNullOrEmpty(command.IdempotencyKey) ? null : command.IdempotencyKey);
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The case an earlier command with this idempotency key created or changed, as it is now.</summary>
    private async Task<PetitionCase?> CaseOfKeyAsync(string? idempotencyKey, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(idempotencyKey))
            return null;
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await ReadAsync(connection, null,
            "c.number = (SELECT e.case_number FROM case_events e WHERE e.idempotency_key = @key)", idempotencyKey, cancellationToken);
    }

    private static async Task<bool> KeyUsedAsync(DbConnection connection, DbTransaction transaction, string? idempotencyKey,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(idempotencyKey))
            return false;
        await using var command = DbAccess.Command(connection, transaction, "SELECT COUNT(*) FROM case_events WHERE idempotency_key = @key");
        command.AddParameter("key", idempotencyKey);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private async Task<PetitionCase?> SingleAsync(string where, string key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await ReadAsync(connection, null, where, key, cancellationToken);
    }

    private static async Task<PetitionCase?> ReadAsync(DbConnection connection, DbTransaction? transaction, string where, string key,
        CancellationToken cancellationToken)
    {
        await using var command = DbAccess.Command(connection, transaction, $"SELECT c.data FROM cases c WHERE {where}");
        command.AddParameter("key", key);
        var data = await command.ExecuteScalarAsync(cancellationToken);
        return data is string json ? Deserialize(json) : null;
    }

    private static PetitionCase Deserialize(string json) =>
        JsonSerializer.Deserialize<PetitionCase>(json, CaseJson.Options)
        ?? throw new InvalidDataException("A case row holds no case.");
}
