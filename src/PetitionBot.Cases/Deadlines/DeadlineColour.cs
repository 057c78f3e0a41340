namespace PetitionBot.Cases.Deadlines;

/// <summary>红黄牌: yellow when the due date is near (临期), red once it has passed (超期).</summary>
public enum DeadlineColour
{
    Normal,
    Yellow,
    Red,
}
