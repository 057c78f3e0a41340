namespace PetitionBot.Conversation.Dialogs;

/// <summary>One field of a form: what to ask, how to read the answer, how to show it.</summary>
public sealed class FormField
{
    public string Name { get; set; } = "";
    public string Label { get; set; } = "";
    /// <summary>Other words a user may use for this field in "改 …" (手机号 for 联系电话).</summary>
    public List<string> Aliases { get; set; } = [];
    public string Type { get; set; } = "text";
    public string Prompt { get; set; } = "";
    public string? Reprompt { get; set; }
    public string? Help { get; set; }
    public bool Optional { get; set; }
    public List<FormChoice> Choices { get; set; } = [];
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }
    /// <summary>For dates: the answer describes the past (a visit), so "12月3日" means the most recent one.</summary>
    public bool Past { get; set; }
    /// <summary>How the value is masked when shown: name, phone or id.</summary>
    public string? Mask { get; set; }
    /// <summary>Words that introduce this field inside a longer sentence (属地 城关镇).</summary>
    public List<string> Cues { get; set; } = [];
    public List<FormNote> Notes { get; set; } = [];
    /// <summary>Echo a value read from free wording (昨天下午三点) and ask for a yes before keeping it.</summary>
    public bool ConfirmParsed { get; set; }
    /// <summary>The longest answer taken, in characters; <see cref="DefaultMaxLength"/> when not set.</summary>
    public int? MaxLength { get; set; }

    /// <summary>Room for a few sentences: longer is pasted text or an attack, not an answer to one question.</summary>
    public const int DefaultMaxLength = 500;

    /// <summary>Answers in free words (诉求, 属地), which can hold almost anything.</summary>
    public bool TakesFreeText => Type is "text" or "list" or "place";
}
