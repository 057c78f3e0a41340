namespace PetitionBot.Regulations.Corpus;

/// <summary>How a document numbers its clauses; names match the "structure" field of index.json.</summary>
public enum DocumentStructure
{
    /// <summary>第N条 articles (optionally under 第N章 chapters), with （一） items.</summary>
    Articles,

    /// <summary>一、二、 sections, with (一) items.</summary>
    Sections,

    /// <summary>Points 1. 2. … numbered through the whole text, grouped under 一、二、 headings.</summary>
    NumberedPoints,
}
