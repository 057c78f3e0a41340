using PetitionBot.Language.DateTimes;
using PetitionBot.Language.Durations;
using PetitionBot.Language.Filling;
using PetitionBot.Language.Identity;
using PetitionBot.Language.Intents;
using PetitionBot.Language.Masking;
using PetitionBot.Language.Names;
using PetitionBot.Language.Numbers;

namespace PetitionBot.Language.Tests.Evaluation;

/// <summary>Random mixes of the characters recognizers care about: nothing throws, every span points into the input.</summary>
public sealed class RecognizerRobustnessTests
{
    private const string Alphabet = "0123456789０１２３一二三四五六七八九十百千万两零〇年月日号点时分半刻上下午晚凌晨周星期礼拜天前后个人名位XFxf-:./ ，。（）()+张王欧阳来访反映属地登记查询吗？工作日";

    private static IEnumerable<string> Samples()
    {
        var random = new Random(20260318);
        yield return "";
        yield return "   ";
        yield return "😀😀";
        for (var i = 0; i < 2000; i++)
        {
            var length = random.Next(1, 30);
            yield return new string(Enumerable.Range(0, length).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
        }
    }

    private static void AssertInside<T>(string text, IEnumerable<Recognition<T>> found)
    {
        foreach (var r in found)
        {
            Assert.InRange(r.Span.Start, 0, text.Length);
            Assert.InRange(r.Span.End, r.Span.Start, text.Length);
            Assert.Equal(text.Substring(r.Span.Start, r.Span.Length), r.Span.Text);
            Assert.True(r.Span.Length > 0);
            Assert.True(!r.IsValid || r.Value is not null, $"valid result without a value in \"{text}\"");
        }
    }

    [Fact]
    public void Recognizers_never_throw_and_spans_stay_in_the_text()
    {
        var reference = new DateTimeOffset(2026, 3, 18, 10, 0, 0, TimeSpan.FromHours(8));
        foreach (var text in Samples())
        {
            AssertInside(text, DateTimeRecognizer.Recognize(text, reference));
            AssertInside(text, DateTimeRecognizer.Recognize(text, reference, DateResolutionOptions.Future with { AcceptMonthDotDay = true }));
            AssertInside(text, DurationRecognizer.Recognize(text));
            AssertInside(text, NumberRecognizer.Recognize(text));
            AssertInside(text, PeopleCountRecognizer.Recognize(text));
            AssertInside(text, PhoneNumberRecognizer.Recognize(text));
            AssertInside(text, IdNumberRecognizer.Recognize(text, new DateOnly(2026, 3, 18)));
            AssertInside(text, CaseNumberRecognizer.Recognize(text));
            AssertInside(text, PersonNameRecognizer.Recognize(text));
            Assert.NotNull(IntentRouter.Route(text, reference));
            Assert.NotNull(PersonalDataMask.Text(text));
            var filled = SentenceFieldExtractor.Extract(text, TestForms.LogVisit, reference, "demand");
            var spans = filled.Select(f => f.Span).ToList();
            Assert.All(spans, a => Assert.Single(spans, b => a.Overlaps(b)));
        }
    }
}
