using PetitionBot.Language.DateTimes;
using PetitionBot.Language.Identity;
using PetitionBot.Language.Names;
using PetitionBot.Language.Numbers;
using PetitionBot.Language.Text;

namespace PetitionBot.Language.Filling;

/// <summary>
/// Fills as many fields as one sentence gives ("张三 13812345678，昨天下午三点来访，5人，反映拖欠工资，属地城关镇"),
/// each from its own span: once a span fills a field it is blanked so nothing is used twice.
/// Specific patterns go first (ID, phone, date, people count), then cue-led text, choices, names, yes/no;
/// whatever is left goes to <c>expectedField</c>, the question the bot just asked.
/// </summary>
public static class SentenceFieldExtractor
{
    public static IReadOnlyList<FilledField> Extract(string sentence, IReadOnlyList<FieldSpec> fields, DateTimeOffset reference, string? expectedField = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(fields);
        var work = new WorkingText(sentence, fields);
        var today = DateOnly.FromDateTime(reference.DateTime);
        FieldSpec[] Of(params FieldType[] types) => fields.Where(f => types.Contains(f.Type)).ToArray();
        bool Aside(FieldSpec spec) => expectedField is not null && spec.Name != expectedField;

        foreach (var spec in Of(FieldType.IdNumber))
        {
            work.Fill(spec, IdNumberRecognizer.Recognize(work.Current, today).Select(r => Candidate(r, r.Value?.Normalized)), Aside(spec));
        }
        foreach (var spec in Of(FieldType.Phone))
        {
            work.Fill(spec, PhoneNumberRecognizer.Recognize(work.Current).Select(r => Candidate(r, r.Value)), Aside(spec));
        }
        foreach (var spec in Of(FieldType.DateTime, FieldType.Date).OrderByDescending(work.HasCueInText))
        {
            var options = new DateResolutionOptions { Preference = spec.DatePreference, AcceptMonthDotDay = spec.Name == expectedField };
            var found = DateTimeRecognizer.Recognize(work.Current, reference, options)
                .Where(r => !(r.Value is { DateImplied: true, Time: null }) || spec.Name == expectedField)
                .Select(r => Candidate(r, spec.Type == FieldType.Date && r.Value is { } v ? v with { Time = null, Period = null } : r.Value));
            work.Fill(spec, found, Aside(spec));
        }
        foreach (var spec in Of(FieldType.PeopleCount))
        {
            var found = PeopleCountRecognizer.Recognize(work.Current).Select(r => Candidate(r, r.Value)).ToList();
            if (found.Count == 0 && (spec.Name == expectedField || work.HasCueInText(spec)))
            {
                found.AddRange(NumberRecognizer.Recognize(work.Current)
                    .Where(r => r.Value == Math.Floor(r.Value) && r.Value is >= 0 and <= int.MaxValue && (spec.Name == expectedField || work.FollowsCue(spec, r.Span)))
                    .Select(r => Candidate(r, (int)r.Value)));
            }
            work.Fill(spec, found, Aside(spec));
        }
        foreach (var spec in Of(FieldType.Number))
        {
            var found = NumberRecognizer.Recognize(work.Current)
                .Where(r => spec.Name == expectedField || work.FollowsCue(spec, r.Span) || work.IsWholeSegment(r.Span))
                .Select(r => Candidate(r, r.Value));
            work.Fill(spec, found, Aside(spec));
        }
        foreach (var spec in Of(FieldType.Text, FieldType.FreeList, FieldType.PersonName).Where(s => s.Cues.Count > 0))
        {
            work.FillAfterCue(spec);
        }
        foreach (var spec in Of(FieldType.Choice))
        {
            work.FillChoice(spec, spec.Name == expectedField);
        }
        foreach (var spec in Of(FieldType.PersonName))
        {
            work.Fill(spec, PersonNameRecognizer.Recognize(work.Current).Select(r => Candidate(r, r.Value)), Aside(spec));
        }
        foreach (var spec in Of(FieldType.YesNo))
        {
            var answer = spec.Name == expectedField || work.HasCueInText(spec) ? YesNoRecognizer.Recognize(work.Current) : null;
            if (answer is not null)
            {
                work.Fill(spec, [Candidate(answer, answer.Value)]);
            }
        }
        if (expectedField is not null && fields.FirstOrDefault(f => f.Name == expectedField) is { Type: FieldType.Text or FieldType.FreeList } expected)
        {
            work.FillRest(expected);
        }
        return work.Results;
    }

    private static FieldCandidate Candidate<T>(Recognition<T> r, object? value) =>
        new(r.Span.Start, r.Span.End, value, r.Error, r.Confidence, r.IsAmbiguous);
}
