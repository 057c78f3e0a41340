namespace PetitionBot.Regulations.Accountability;

/// <summary>A measure already taken in the same matter, which the ladder escalates from when not rectified.</summary>
public enum PriorMeasure
{
    None,
    /// <summary>已通报</summary>
    Notified,
    /// <summary>已诫勉</summary>
    Admonished,
}
