namespace PetitionBot.Conversation.Dialogs.Fields;

/// <summary>Reads a user's answer for one kind of field.</summary>
public interface IFieldType
{
    /// <summary>The name used in dialogs/*.yaml (<c>type: phone</c>).</summary>
    string Name { get; }

    FieldReading Read(string text, FormField field, FieldReadingContext context);
}
