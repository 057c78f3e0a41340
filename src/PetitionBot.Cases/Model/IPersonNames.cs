namespace PetitionBot.Cases.Model;

/// <summary>Display names of the people cases refer to by id (the 承办人), from wherever users are kept.</summary>
public interface IPersonNames
{
    /// <summary>The person's name, or null when the id is not known.</summary>
    string? NameOf(string personId);
}
