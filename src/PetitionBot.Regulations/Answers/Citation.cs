namespace PetitionBot.Regulations.Answers;

/// <summary>One cited clause, referred to as [Position] in the answer text.</summary>
public sealed record Citation
{
    public required int Position { get; init; }
    public required string ClauseId { get; init; }
    public required string DocumentTitle { get; init; }
    public required string DocumentShortName { get; init; }

    /// <summary>The clause's own label, e.g. 第四条第（十二）项.</summary>
    public required string ClauseLabel { get; init; }

    /// <summary>The clause's heading, e.g. 第四章 责任追究, when it has one.</summary>
    public string? Heading { get; init; }

    /// <summary>The words quoted in the answer.</summary>
    public required string Quote { get; init; }

    /// <summary>At most 160 characters of the quote.</summary>
    public required string Excerpt { get; init; }

    /// <summary>Path of the clause on its page: /regulations/{docId}#{fragment}.</summary>
    public required string Url { get; init; }

    /// <summary>
    /// The answer's own text already carries this clause's words (the short answer quotes it, or the advisor's lines
    /// state its rule), so the citation list names it without quoting it a second time.
    /// </summary>
    public bool InAnswer { get; init; }

    /// <summary>A citation of <paramref name="clause"/> of <paramref name="document"/>, quoting <paramref name="quote"/>.</summary>
    public static Citation Of(Corpus.RegulationDocument document, Corpus.Clause clause, int position, string quote, string excerpt) => new()
    {
        Position = position,
        ClauseId = clause.Id,
        DocumentTitle = document.Title,
        DocumentShortName = document.ShortName,
        ClauseLabel = clause.Label,
        Heading = clause.Heading,
        Quote = quote,
        Excerpt = excerpt,
        Url = $"{document.PagePath}#{clause.Fragment}",
    };

    /// <summary>The full citation, as on the clause page: 《湖南省信访工作责任追究办法》第四条第（十二）项.</summary>
    public string Label => $"《{DocumentTitle}》{ClauseLabel}";

    /// <summary>How officers cite it on a phone: 湖南办法 第四条第（十二）项, 浙江意见 四、(四), 江苏意见 第6点.</summary>
    public string ShortLabel => $"{DocumentShortName} {ClauseLabel}";
}
