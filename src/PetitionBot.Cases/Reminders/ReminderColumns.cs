using System.Data.Common;
using System.Globalization;

namespace PetitionBot.Cases.Reminders;

/// <summary>How the reminder tables store statuses, dates and optional text.</summary>
internal static class ReminderColumns
{
    public static string StatusName(DeliveryStatus status) => status.ToString().ToLowerInvariant();

    public static DeliveryStatus ParseStatus(string name) => Enum.Parse<DeliveryStatus>(name, ignoreCase: true);

    public static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DateOnly ReadDate(DbDataReader reader, int ordinal) => ToDate(reader.GetValue(ordinal));

    public static DateOnly ToDate(object value) => value switch
    {
        DateOnly date => date,
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        string text => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        var other => throw new InvalidDataException($"Unexpected date value {other}."),
    };
}
