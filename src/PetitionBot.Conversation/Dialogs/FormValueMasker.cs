using PetitionBot.Language.Masking;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Conversation.Dialogs;

/// <summary>Shows phones and ID numbers masked (138****5678, 110105********002X); other values as typed, made inert (no link or markup renders).</summary>
public sealed class FormValueMasker : IFormValueMasker
{
    public string ForConfirmation(FormField field, FieldValue value) => field.Mask switch
    {
        "phone" => PersonalDataMask.Phone(value.Display),
        "id" => PersonalDataMask.IdNumber(value.Display),
        // A typed link or emphasis must not render for whoever reads the summary.
        _ => InertText.Of(value.Display),
    };
}
