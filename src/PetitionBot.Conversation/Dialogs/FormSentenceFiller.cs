using PetitionBot.Conversation.Dialogs.Fields;
using PetitionBot.Language.DateTimes;
using PetitionBot.Language.Filling;

namespace PetitionBot.Conversation.Dialogs;

/// <summary>
/// Fills several fields from one sentence ("张三 13812345678 昨天下午三点 5人 属地城关镇"): the extractor finds the spans,
/// each field's own type reads its span, so validation and display are the same as when the field is asked alone.
/// </summary>
public sealed class FormSentenceFiller(FieldTypeRegistry fieldTypes)
{
    public IReadOnlyDictionary<string, FieldValue> Fill(FormDefinition form, string sentence, FieldReadingContext context, IEnumerable<string>? only = null)
    {
        var wanted = only?.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var specs = form.Fields
            .Where(f => wanted is null || wanted.Contains(f.Name))
            .Select(ToSpec)
            .OfType<FieldSpec>()
            .ToList();
        var found = new Dictionary<string, FieldValue>(StringComparer.OrdinalIgnoreCase);
        if (specs.Count == 0) return found;
        foreach (var filled in SentenceFieldExtractor.Extract(sentence, specs, context.ReferenceTime).Where(f => f.IsValid))
        {
            var field = form.FindField(filled.Name);
            if (field is null || found.ContainsKey(field.Name)) continue;
            var text = filled.Value is string s && filled.Type is FieldType.Text or FieldType.PersonName or FieldType.Choice ? s : filled.Span.Text;
            var reading = fieldTypes.Get(field.Type).Read(text, field, context);
            if (reading.Succeeded) found[field.Name] = reading.Value!;
        }
        return found;
    }

    private static FieldSpec? ToSpec(FormField field)
    {
        if (!FieldTypeNames.TryParse(field.Type, out var type)) return null;
        return new FieldSpec(field.Name, type)
        {
            Label = field.Label,
            Cues = field.Cues.Select(FieldCue.From).ToList(),
            Options = field.Choices.Select(c => new ChoiceOption(c.Value, c.Synonyms)).ToList(),
            DatePreference = field.Past ? DatePreference.Past : DatePreference.Future,
        };
    }
}
