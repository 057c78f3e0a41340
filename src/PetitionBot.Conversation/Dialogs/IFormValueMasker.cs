namespace PetitionBot.Conversation.Dialogs;

/// <summary>Decides how a field's value is shown back (phones and ID numbers masked).</summary>
public interface IFormValueMasker
{
    string ForConfirmation(FormField field, FieldValue value);
}
