namespace PetitionBot.Cases.Model;

/// <summary>处理意见 given when a case is concluded.</summary>
public enum HandlingOpinion
{
    Support,
    Explanation,
    NotSupported,
}
