namespace PetitionBot.Regulations.Accountability;

/// <summary>The names the rules files use for severities.</summary>
public static class SeverityNames
{
    public static string Of(Severity severity) => severity switch
    {
        Severity.Minor => "minor",
        Severity.Moderate => "moderate",
        Severity.Serious => "serious",
        Severity.VerySerious => "very-serious",
        _ => "unknown",
    };

    public static Severity Parse(string name) => name switch
    {
        "minor" => Severity.Minor,
        "moderate" => Severity.Moderate,
        "serious" => Severity.Serious,
        "very-serious" => Severity.VerySerious,
        _ => Severity.Unknown,
    };
}
