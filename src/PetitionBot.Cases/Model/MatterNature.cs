namespace PetitionBot.Cases.Model;

/// <summary>事项性质 (《信访工作条例》第二十九至三十一条).</summary>
public enum MatterNature
{
    Suggestion,
    Complaint,
    Claim,
}
