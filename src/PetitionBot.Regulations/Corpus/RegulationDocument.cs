namespace PetitionBot.Regulations.Corpus;

/// <summary>One loaded regulation text: its index entry plus what precedes the first clause.</summary>
public sealed record RegulationDocument
{
    public required string Id { get; init; }
    public required string Title { get; init; }

    /// <summary>Short Chinese name used when listing documents, e.g. 中央实施办法, 上海细则.</summary>
    public required string ShortName { get; init; }

    public string? Issuer { get; init; }
    public string? DocumentNumber { get; init; }

    /// <summary>As written in the index: 全国, 上海市, 湖南省 …</summary>
    public required string Jurisdiction { get; init; }

    public DateOnly? Effective { get; init; }
    public DateOnly? Published { get; init; }
    public string? InterpretedBy { get; init; }
    public required DocumentStructure Structure { get; init; }

    /// <summary>Text before the first clause (notices, preambles); not a clause, never cited.</summary>
    public string Preamble { get; init; } = "";

    public bool IsNational => Jurisdiction is "全国" or "中央";

    /// <summary>Path of the document's clause page; clause fragments are appended after '#'.</summary>
    public string PagePath => "/regulations/" + Id;
}
