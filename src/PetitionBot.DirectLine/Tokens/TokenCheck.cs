namespace PetitionBot.DirectLine.Tokens;

public enum TokenCheck
{
    Valid,
    /// <summary>Not a token of ours: wrong shape or signature.</summary>
    Invalid,
    Expired,
}
