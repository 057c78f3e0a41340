using PetitionBot.Language.Masking;

namespace PetitionBot.Conversation.Dialogs;

/// <summary>Shows phones and ID numbers masked (138****5678, 110105********002X); other values as given.</summary>
public sealed class FormValueMasker : IFormValueMasker
{
    public string ForConfirmation(FormField field, FieldValue value) => field.Mask switch
    {
        "phone" => PersonalDataMask.Phone(value.Display),
        "id" => PersonalDataMask.IdNumber(value.Display),
        _ => value.Display,
    };
}
