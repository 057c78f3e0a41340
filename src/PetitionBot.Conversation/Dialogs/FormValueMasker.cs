using PetitionBot.Language.Masking;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Conversation.Dialogs;

/// <summary>Shows phones and ID numbers masked (138****5678, 110105********002X); other values as typed, markdown escaped.</summary>
public sealed class FormValueMasker : IFormValueMasker
{
    public string ForConfirmation(FormField field, FieldValue value) => field.Mask switch
    {
        "phone" => PersonalDataMask.Phone(value.Display),
        "id" => PersonalDataMask.IdNumber(value.Display),
        // Typed text goes into a markdown reply: a typed link or emphasis is shown as typed.
        _ => MarkdownText.Escape(value.Display),
    };
}
