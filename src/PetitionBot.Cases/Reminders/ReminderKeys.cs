using System.Globalization;
using System.Text.Json;
using PetitionBot.Cases.Deadlines;

namespace PetitionBot.Cases.Reminders;

/// <summary>The stored spellings of reminder keys, steps and colours.</summary>
public static class ReminderKeys
{
    private static readonly Dictionary<string, DeadlineStep> Steps =
        Enum.GetValues<DeadlineStep>().ToDictionary(StepName, s => s, StringComparer.Ordinal);

    public static string CaseAlert(string caseNumber, DeadlineStep step, DeadlineColour colour) =>
        $"case:{caseNumber}:{StepName(step)}:{ColourName(colour)}";

    public static string Digest(DateOnly day) => "digest:" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Kebab-case, as the case store writes <c>next_due_step</c>.</summary>
    public static string StepName(DeadlineStep step) => JsonNamingPolicy.KebabCaseLower.ConvertName(step.ToString());

    public static DeadlineStep ParseStep(string name) =>
        Steps.TryGetValue(name, out var step) ? step : throw new InvalidDataException($"Unknown deadline step '{name}'.");

    public static string ColourName(DeadlineColour colour) => colour.ToString().ToLowerInvariant();

    public static DeadlineColour ParseColour(string name) => Enum.Parse<DeadlineColour>(name, ignoreCase: true);
}
