namespace PetitionBot.Conversation.Dialogs;

/// <summary>A remark shown after a numeric answer matches a condition like ">=5".</summary>
public sealed class FormNote
{
    public string When { get; set; } = "";
    public string Text { get; set; } = "";

    public bool Matches(decimal value)
    {
        var w = When.Replace(" ", "");
        if (w.StartsWith(">=")) return value >= decimal.Parse(w[2..]);
        if (w.StartsWith("<=")) return value <= decimal.Parse(w[2..]);
        if (w.StartsWith('>')) return value > decimal.Parse(w[1..]);
        if (w.StartsWith('<')) return value < decimal.Parse(w[1..]);
        if (w.StartsWith("==")) return value == decimal.Parse(w[2..]);
        return false;
    }
}
