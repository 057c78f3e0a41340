namespace PetitionBot.Conversation.Dialogs;

/// <summary>A guided form as written in dialogs/*.yaml.</summary>
public sealed class FormDefinition
{
    public string Id { get; set; } = "";
    public int Version { get; set; } = 1;
    public string Title { get; set; } = "";
    public string? Start { get; set; }
    public string? Hint { get; set; }
    /// <summary>Name of the handler that receives the confirmed values.</summary>
    public string Submit { get; set; } = "";
    public string SubmitButton { get; set; } = "提交";
    public List<FormField> Fields { get; set; } = [];

    /// <summary>How to change one field at the review, as the form's own words show it (改 属地 东关街道).</summary>
    public string? EditExample { get; set; }

    /// <summary><see cref="EditExample"/>, else one built from the first field's label.</summary>
    public string EditExampleOrDefault => EditExample ?? $"改 {Fields.FirstOrDefault()?.Label} …";

    /// <summary>Version plus a hash of the file: a conversation started on another definition restarts the form.</summary>
    public string Fingerprint { get; set; } = "";

    public FormField? FindField(string nameOrLabel) =>
        Fields.FirstOrDefault(f => f.Name.Equals(nameOrLabel, StringComparison.OrdinalIgnoreCase))
        ?? Fields.FirstOrDefault(f => f.Label == nameOrLabel)
        ?? Fields.FirstOrDefault(f => f.Aliases.Contains(nameOrLabel))
        ?? Fields.FirstOrDefault(f => f.Label.Length >= 2 && (nameOrLabel.Contains(f.Label) || f.Label.Contains(nameOrLabel)));
}
