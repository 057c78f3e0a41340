using PetitionBot.Language.DateTimes;

namespace PetitionBot.Language.Filling;

/// <summary>A field a sentence may fill: its name, type, cue words and, for choices, its options.</summary>
public sealed record FieldSpec(string Name, FieldType Type)
{
    public IReadOnlyList<FieldCue> Cues { get; init; } = [];

    /// <summary>The form's label (属地, 人数); counts as a cue too: "人数5" fills 人数.</summary>
    public string? Label { get; init; }

    public IReadOnlyList<ChoiceOption> Options { get; init; } = [];

    /// <summary>Dates without a year: past for a visit date, future for a deadline.</summary>
    public DatePreference DatePreference { get; init; } = DatePreference.Past;

    /// <summary>Cues plus the label, longest first.</summary>
    public IEnumerable<FieldCue> AllCues =>
        (Label is { Length: > 0 } label && Cues.All(c => c.Word != label) ? Cues.Append(new FieldCue(label)) : Cues)
        .OrderByDescending(c => c.Word.Length);

    public static FieldSpec Create(string name, FieldType type, params string[] cues) =>
        new(name, type) { Cues = cues.Select(FieldCue.From).ToList() };
}
