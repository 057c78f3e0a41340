namespace PetitionBot.Conversation.Dialogs;

/// <summary>One active form in conversation state.</summary>
public sealed class FormFrame
{
    public string FormId { get; set; } = "";
    /// <summary>The definition fingerprint the form was started with.</summary>
    public string Version { get; set; } = "";
    /// <summary>The user (from.id) who started the form: only they may answer it, in a group chat too. Null: anyone (older state).</summary>
    public string? StartedBy { get; set; }
    /// <summary>Their display name, shown masked to other members.</summary>
    public string? StartedByName { get; set; }
    public FormPhase Phase { get; set; } = FormPhase.Collecting;
    /// <summary>The field being asked (collecting or editing).</summary>
    public string? CurrentField { get; set; }
    public Dictionary<string, FieldValue> Values { get; set; } = [];
    public List<string> Skipped { get; set; } = [];
    /// <summary>Fields in the order they were filled, for 返回.</summary>
    public List<string> Filled { get; set; } = [];
    /// <summary>A value read from free wording, waiting for the user's yes.</summary>
    public FieldValue? Pending { get; set; }
    public int Attempts { get; set; }
}

public enum FormPhase
{
    Collecting,
    ConfirmingValue,
    Reviewing,
    ChoosingEdit,
    Editing,
}
