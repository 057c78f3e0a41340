namespace PetitionBot.Regulations.Accountability;

/// <summary>Who is held accountable.</summary>
public enum Subject
{
    Unknown,
    Unit,
    Person,
    /// <summary>The unit and its responsible persons together.</summary>
    Both,
}
