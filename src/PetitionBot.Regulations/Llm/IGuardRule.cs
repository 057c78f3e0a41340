namespace PetitionBot.Regulations.Llm;

/// <summary>One test a sentence of a model-written answer must pass against the clauses it cites.</summary>
public interface IGuardRule
{
    /// <summary>Short stable name, used in logs and as the fallback counter's reason (guard:{Name}).</summary>
    string Name { get; }

    /// <summary>What in the sentence the cited clauses do not bear out; null when nothing.</summary>
    string? Violation(AnswerSentence sentence, CitedSource source);
}
