namespace PetitionBot.Regulations.Accountability;

/// <summary>A rule that rests on one clause; its key phrase must occur in that clause's text (whitespace aside).</summary>
public interface IClauseRule
{
    /// <summary>Clause id, e.g. national-2016#14.</summary>
    string Clause { get; }

    /// <summary>Words of the clause the rule is written from; also what the answer quotes.</summary>
    string KeyPhrase { get; }
}
