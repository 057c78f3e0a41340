namespace PetitionBot.Conversation.Dialogs;

/// <summary>Shows phones and ID numbers masked (138****5678, 110105********002X); other values as given.</summary>
public sealed class FormValueMasker : IFormValueMasker
{
    public string ForConfirmation(FormField field, FieldValue value) => field.Mask switch
    {
        "phone" when value.Display.Length == 11 => $"{value.Display[..3]}****{value.Display[7..]}",
        "phone" when value.Display.Length > 6 => $"{value.Display[..3]}****{value.Display[^2..]}",
        "id" when value.Display.Length == 18 => $"{value.Display[..6]}********{value.Display[14..]}",
        _ => value.Display,
    };
}
