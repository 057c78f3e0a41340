namespace PetitionBot.Conversation.Dialogs.Fields;

/// <summary>One of a fixed list, matched by value or synonym, ignoring surrounding words.</summary>
public sealed class ChoiceFieldType : IFieldType
{
    public string Name => "choice";

    public FieldReading Read(string text, FormField field, FieldReadingContext context)
    {
        var t = text.Trim();
        var exact = field.Choices.FirstOrDefault(c => c.Value == t || c.Synonyms.Contains(t));
        // Longest contained term wins, so 拖欠工资 beats 工资 and 网上信访 beats 网上.
        var match = exact ?? field.Choices
            .SelectMany(c => c.Synonyms.Append(c.Value).Select(term => (choice: c, term)))
            .Where(x => t.Contains(x.term, StringComparison.Ordinal))
            .OrderByDescending(x => x.term.Length)
            .Select(x => x.choice)
            .FirstOrDefault();
        return match is null
            ? FieldReading.Fail($"没有听懂。{field.Label}可以是：{string.Join("、", field.Choices.Select(c => c.Value))}。")
            : FieldReading.Ok(new FieldValue { Value = match.Value, Display = match.Value });
    }
}
