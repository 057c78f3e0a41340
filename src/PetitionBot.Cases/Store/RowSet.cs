namespace PetitionBot.Cases.Store;

/// <summary>
/// Rows handed to one statement as a table (see <see cref="SqlDialect.Rows"/>), held column by column; text and 64-bit
/// integers are all the stores pass in bulk.
/// </summary>
internal sealed class RowSet<T>(IReadOnlyList<T> rows)
{
    public int Count => rows.Count;

    /// <summary>Each column's values in row order: <c>string?[]</c> or <c>long[]</c>.</summary>
    public List<(string Name, Array Values)> Columns { get; } = [];

    public RowSet<T> Text(string name, Func<T, string?> value)
    {
        Columns.Add((name, rows.Select(value).ToArray()));
        return this;
    }

    public RowSet<T> Number(string name, Func<T, long> value)
    {
        Columns.Add((name, rows.Select(value).ToArray()));
        return this;
    }
}
