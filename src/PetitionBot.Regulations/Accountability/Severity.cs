namespace PetitionBot.Regulations.Accountability;

/// <summary>How grave the case is, in the texts' own steps.</summary>
public enum Severity
{
    Unknown,
    /// <summary>情节较轻</summary>
    Minor,
    /// <summary>情节较重 (湖南 units)</summary>
    Moderate,
    /// <summary>危害严重、影响重大 / 情节严重</summary>
    Serious,
    /// <summary>危害特别严重、影响特别重大</summary>
    VerySerious,
}
