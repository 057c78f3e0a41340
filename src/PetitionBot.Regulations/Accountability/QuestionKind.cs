namespace PetitionBot.Regulations.Accountability;

/// <summary>What the advisor can ask for, one at a time.</summary>
public enum QuestionKind
{
    Jurisdiction,
    Situation,
    Subject,
    Severity,
    Rectification,
}
