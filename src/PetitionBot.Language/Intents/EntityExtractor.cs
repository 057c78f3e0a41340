using System.Buffers;
using System.Globalization;
using PetitionBot.Language.DateTimes;
using PetitionBot.Language.Display;
using PetitionBot.Language.Identity;
using PetitionBot.Language.Text;

namespace PetitionBot.Language.Intents;

/// <summary>Entities worth handing to whatever handles the intent.</summary>
internal static class EntityExtractor
{
    private static readonly (string Word, string Id)[] Jurisdictions =
    [
        ("中央", "national"), ("全国", "national"), ("国家", "national"), ("中办", "national"),
        ("上海", "shanghai"), ("沪", "shanghai"), ("湖南", "hunan"), ("湘", "hunan"),
        ("浙江", "zhejiang"), ("浙", "zhejiang"), ("江苏", "jiangsu"), ("苏", "jiangsu"),
    ];

    private static readonly SearchValues<char> JurisdictionStarts = SearchValues.Create([.. Jurisdictions.Select(j => j.Word[0]).Distinct()]);

    public static IReadOnlyList<IntentEntity> Extract(string text, DateTimeOffset? reference)
    {
        // Fold once for every recognizer, and skip those whose pattern needs characters the text does not have.
        var folded = TextNormalizer.Fold(text);
        var classes = CharacterClasses.Of(folded);
        var entities = new List<IntentEntity>();
        if (MayHold(EntityKind.CaseNumber, folded, classes))
        {
            foreach (var r in CaseNumberRecognizer.RecognizeFolded(text, folded))
            {
                entities.Add(new IntentEntity(EntityKind.CaseNumber, r.Value!, r.Span));
            }
        }
        if (MayHold(EntityKind.IdNumber, folded, classes))
        {
            var today = reference is { } now ? DateOnly.FromDateTime(now.DateTime) : DateOnly.MaxValue;
            foreach (var r in IdNumberRecognizer.RecognizeFolded(text, folded, today))
            {
                if (r.IsValid)
                {
                    entities.Add(new IntentEntity(EntityKind.IdNumber, r.Value!.Normalized, r.Span));
                }
            }
        }
        if (MayHold(EntityKind.Phone, folded, classes))
        {
            foreach (var r in PhoneNumberRecognizer.RecognizeFolded(text, folded))
            {
                if (r.IsValid)
                {
                    AddUnlessOverlapping(entities, new IntentEntity(EntityKind.Phone, r.Value!.Display, r.Span));
                }
            }
        }
        if (MayHold(EntityKind.QueryCode, folded, classes))
        {
            foreach (var r in QueryCodeRecognizer.RecognizeFolded(text, folded))
            {
                AddUnlessOverlapping(entities, new IntentEntity(EntityKind.QueryCode, r.Value!, r.Span));
            }
        }
        if (MayHold(EntityKind.Article, folded, classes))
        {
            foreach (var r in ArticleNumber.RecognizeFolded(text, folded))
            {
                entities.Add(new IntentEntity(EntityKind.Article, r.Value.ToString(CultureInfo.InvariantCulture), r.Span));
            }
        }
        if (reference is { } referenceInstant)
        {
            foreach (var r in DateTimeRecognizer.RecognizeFolded(text, folded, referenceInstant))
            {
                if (r.IsValid && !r.Value!.DateImplied)
                {
                    AddUnlessOverlapping(entities, new IntentEntity(EntityKind.Date, r.Value.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Span));
                }
            }
        }
        if (MayHold(EntityKind.Jurisdiction, folded, classes))
        {
            AddJurisdictions(text, folded, entities);
        }
        return entities;
    }

    /// <summary>False when the text cannot hold the entity, so its recognizer need not run (dates check each position themselves).</summary>
    internal static bool MayHold(EntityKind kind, string folded, CharacterClasses classes) => kind switch
    {
        EntityKind.CaseNumber => classes.AsciiLetter && classes.Digit, // XF and digits
        EntityKind.IdNumber => classes.Digit,
        EntityKind.Phone => classes.AsciiDigit, // a phone starts with 0–9, + or (, and +86 or (0 are digits too
        EntityKind.QueryCode => classes.AsciiLetter && classes.AsciiDigit,
        EntityKind.Article => folded.Contains('第'),
        EntityKind.Jurisdiction => folded.AsSpan().ContainsAny(JurisdictionStarts),
        _ => true,
    };

    private static void AddJurisdictions(string text, string folded, List<IntentEntity> entities)
    {
        foreach (var (word, id) in Jurisdictions)
        {
            var at = folded.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && (word.Length > 1 || IsAbbreviationContext(folded, at)) && entities.All(e => e.Kind != EntityKind.Jurisdiction || e.Value != id))
            {
                AddUnlessOverlapping(entities, new IntentEntity(EntityKind.Jurisdiction, id, TextSpan.Of(text, at, at + word.Length)));
            }
        }
    }

    // 沪/湘/浙/苏 alone only count right before 规定/办法/细则 ("按浙规定" is rare; "苏州" is a city, not the province).
    private static bool IsAbbreviationContext(string folded, int at) =>
        at + 1 < folded.Length && folded[at + 1] is '的' or '省' or '规' or '办' or '细';

    private static void AddUnlessOverlapping(List<IntentEntity> entities, IntentEntity entity)
    {
        foreach (var e in entities)
        {
            if (e.Span.Overlaps(entity.Span))
            {
                return;
            }
        }
        entities.Add(entity);
    }
}
