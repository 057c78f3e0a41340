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

    public static IReadOnlyList<IntentEntity> Extract(string text, DateTimeOffset? reference)
    {
        var entities = new List<IntentEntity>();
        foreach (var r in CaseNumberRecognizer.Recognize(text))
        {
            entities.Add(new IntentEntity(EntityKind.CaseNumber, r.Value!, r.Span));
        }
        var today = reference is { } now ? DateOnly.FromDateTime(now.DateTime) : DateOnly.MaxValue;
        foreach (var r in IdNumberRecognizer.Recognize(text, today).Where(r => r.IsValid))
        {
            entities.Add(new IntentEntity(EntityKind.IdNumber, r.Value!.Normalized, r.Span));
        }
        foreach (var r in PhoneNumberRecognizer.Recognize(text).Where(r => r.IsValid))
        {
            AddUnlessOverlapping(entities, new IntentEntity(EntityKind.Phone, r.Value!.Display, r.Span));
        }
        foreach (var r in QueryCodeRecognizer.Recognize(text))
        {
            AddUnlessOverlapping(entities, new IntentEntity(EntityKind.QueryCode, r.Value!, r.Span));
        }
        foreach (var r in ArticleNumber.Recognize(text))
        {
            entities.Add(new IntentEntity(EntityKind.Article, r.Value.ToString(CultureInfo.InvariantCulture), r.Span));
        }
        if (reference is { } referenceInstant)
        {
            foreach (var r in DateTimeRecognizer.Recognize(text, referenceInstant).Where(r => r.IsValid && !r.Value!.DateImplied))
            {
                AddUnlessOverlapping(entities, new IntentEntity(EntityKind.Date, r.Value!.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Span));
            }
        }
        var folded = TextNormalizer.Fold(text);
        foreach (var (word, id) in Jurisdictions)
        {
            var at = folded.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && (word.Length > 1 || IsAbbreviationContext(folded, at)) && entities.All(e => e.Kind != EntityKind.Jurisdiction || e.Value != id))
            {
                AddUnlessOverlapping(entities, new IntentEntity(EntityKind.Jurisdiction, id, TextSpan.Of(text, at, at + word.Length)));
            }
        }
        return entities;
    }

    // 沪/湘/浙/苏 alone only count right before 规定/办法/细则 ("按浙规定" is rare; "苏州" is a city, not the province).
    private static bool IsAbbreviationContext(string folded, int at) =>
        at + 1 < folded.Length && folded[at + 1] is '的' or '省' or '规' or '办' or '细';

    private static void AddUnlessOverlapping(List<IntentEntity> entities, IntentEntity entity)
    {
        if (!entities.Any(e => e.Span.Overlaps(entity.Span)))
        {
            entities.Add(entity);
        }
    }
}
