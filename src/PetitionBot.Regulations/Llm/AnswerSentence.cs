namespace PetitionBot.Regulations.Llm;

/// <summary>One sentence of a model-written answer: its words with the [n] markers taken out, and the positions they cite.</summary>
public sealed record AnswerSentence(string Text, IReadOnlyList<int> Cites);
