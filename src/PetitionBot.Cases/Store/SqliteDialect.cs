using System.Buffers;
using System.Data.Common;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace PetitionBot.Cases.Store;

internal sealed class SqliteDialect : SqlDialect
{
    private const int SqliteConstraintUnique = 2067;

    public override string Name => "Sqlite";
    public override string True => "1";

    public override string False => "0";
    public override string Explain => "EXPLAIN QUERY PLAN ";
    public override string Json(string parameter) => parameter;

    /// <summary>One parameter holding the rows as a JSON array of objects, read back with json_each.</summary>
    public override string Rows<T>(DbCommand command, string name, RowSet<T> rows)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            for (var i = 0; i < rows.Count; i++)
            {
                json.WriteStartObject();
                foreach (var (column, values) in rows.Columns)
                {
                    if (values is long[] numbers)
                        json.WriteNumber(column, numbers[i]);
                    else
                        json.WriteString(column, ((string?[])values)[i]);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        command.AddParameter(name, Encoding.UTF8.GetString(buffer.WrittenSpan));
        var columns = string.Join(", ", rows.Columns.Select(c => $"json_extract(value, '$.{c.Name}') AS {c.Name}"));
        return $"(SELECT {columns} FROM json_each(@{name})) AS r";
    }

    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique };
}
