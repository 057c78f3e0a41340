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

    /// <summary>How a Chinese reader cites it: 《湖南省信访工作责任追究办法》第四条第（十二）项.</summary>
    public string Label => $"《{DocumentTitle}》{ClauseLabel}";
}
