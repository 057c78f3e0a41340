namespace PetitionBot.Testing.Transcripts;

/// <summary>A conversation written as data: what the user does, and what the replies must show.</summary>
public sealed class Transcript
{
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    /// <summary>The user's local time for every message, so relative dates have one right answer.</summary>
    public DateTimeOffset? LocalTime { get; set; }
    public List<TranscriptStep> Steps { get; set; } = [];
}

public sealed class TranscriptStep
{
    /// <summary>A conversationUpdate adding the user, instead of a message.</summary>
    public bool Join { get; set; }
    public string? User { get; set; }
    /// <summary>Taps the n-th button (from 1) of the card on the last reply that has one: sends that button's value.</summary>
    public int? Tap { get; set; }
    /// <summary>The replies, in order; their count must match.</summary>
    public List<ExpectedReply> Expect { get; set; } = [];
}

public sealed class ExpectedReply
{
    public List<string> Contains { get; set; } = [];
    public List<string> NotContains { get; set; } = [];
    public string? Matches { get; set; }
    /// <summary>Buttons (suggested actions) that must be offered, in any order.</summary>
    public List<string> Buttons { get; set; } = [];
    /// <summary>Every case number in the text is a button on the reply's card, in the same order, and no other.</summary>
    public bool CaseButtons { get; set; }
    /// <summary>The reply carries a picture: an image/png attachment whose contentUrl is a data: URI holding a PNG.</summary>
    public bool Image { get; set; }
}
