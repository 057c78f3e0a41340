using PetitionBot.Regulations.Search;
using Xunit.Abstractions;

namespace PetitionBot.Regulations.Tests.Eval;

/// <summary>
/// Where the training questions are lost, decided out-of-fold (each question by a model fitted without it): declined
/// though the best clause was the expected one, declined with the ranking wrong too, answered with another clause
/// (same document or another), or a no-basis question answered.
/// </summary>
public class LossBreakdownTests(LoadedCorpus loaded, ITestOutputHelper output) : IClassFixture<LoadedCorpus>
{
    private static string Words(ClauseSearch search, SearchResult r)
    {
        var clause = r.Hits[0].Clause;
        var text = search.Synonyms.Normalize((clause.Heading ?? "") + clause.Text);
        return string.Join(" ", PetitionBot.Regulations.Search.WordTerms.Of(r.Query.Terms).Distinct().Select(w =>
            (PetitionBot.Language.Words.FunctionWords.Contains(w) ? "_" : "") + w + (text.Contains(w) ? "+" : "-") + GeneralWordRarity.Of(w).ToString("F0")));
    }

    [Fact]
    public void TrainingLosses_ByClass()
    {
        var search = new ClauseSearch(loaded.Corpus);
        var cases = new List<(EvalCase Case, SearchResult Result)>();
        foreach (var c in AnswerabilityCalibrationTests.TrainingSets.SelectMany(EvalCase.Read))
        {
            var result = search.Search(c.Question, c.Jurisdiction, top: 5);
            if (result.Features is null || result.Features.OwnKindMiss > 0) continue;
            cases.Add((c, result));
        }
        var columns = AnswerabilityCalibrationTests.Chosen.Select(f => Array.IndexOf(AnswerabilityFeatures.Names, f)).ToArray();
        var xs = cases.Select(c => columns.Select(j => c.Result.Features!.ToArray()[j]).ToArray()).ToList();
        var ys = cases.Select(c => c.Case.Expect.Length > 0).ToList();
        var oof = AnswerabilityCalibrationTests.OutOfFold(xs, ys);
        var threshold = LogisticFit.Threshold(oof, ys, AnswerabilityCalibrationTests.WrongAnswerCost);
        var counts = new Dictionary<string, int>();
        for (var i = 0; i < cases.Count; i++)
        {
            var (c, r) = cases[i];
            var rank = r.Hits.ToList().FindIndex(h => c.IsHitBy(h.Clause.Id));
            var answered = oof[i] >= threshold;
            var sameDocument = c.Expect.Length > 0 && r.Hits[0].Clause.DocumentId == c.Expect[0].Split('#')[0];
            var kind = !ys[i] ? (answered ? "no-basis answered" : "no-basis declined")
                : answered ? rank == 0 ? "right" : rank is > 0 and < 3 ? "answered, expected 2nd/3rd" : sameDocument ? "answered wrong clause, same document" : "answered wrong document"
                : rank == 0 ? "declined, ranking right" : rank > 0 ? "declined, expected 2nd-5th" : sameDocument ? "declined, not in top 5, same document" : "declined, wrong document";
            counts[kind] = counts.GetValueOrDefault(kind) + 1;
            var f = r.Features!;
            output.WriteLine($"{kind,-40} {c.Id} p={oof[i]:F2} rank={rank} top={r.Hits[0].Clause.Id} expect={string.Join(",", c.Expect)} " +
                             $"[{Words(search, r)}] cc={f.CharacterCoverage:F2} wc={f.WordCoverage:F2} uw={f.UnknownWords:F2} km={f.KindMatch}/{f.KindMiss} nd={f.NamesDocument} an={f.AmountNotStated} m={f.ScoreMargin:F2} rm={f.RarestMissing:F2} ok={f.OwnKindMiss} | {c.Question}");
        }
        output.WriteLine($"threshold {threshold:F3}");
        foreach (var (k, n) in counts.OrderByDescending(p => p.Value)) output.WriteLine($"{k}: {n}");
        var answerable = ys.Count(y => y);
        var tp = oof.Where((p, i) => p >= threshold && ys[i]).Count();
        var answeredCount = oof.Count(p => p >= threshold);
        output.WriteLine($"out-of-fold answerable: precision {tp / (double)Math.Max(1, answeredCount):P1}, recall {tp / (double)answerable:P1}");
        Assert.Equal(cases.Count, counts.Values.Sum());
    }
}

/// <summary>
/// The shipped model's features are a local optimum of out-of-fold cost on the training split: dropping any one of
/// them or adding any other feature the search computes does not lower it. (They were found by backward elimination
/// from all the features; this checks the result without repeating the whole search.)
/// </summary>
public class FeatureSubsetTests(LoadedCorpus loaded, ITestOutputHelper output) : IClassFixture<LoadedCorpus>
{
    [Fact]
    public void ChosenFeatures_AreALocalOptimumOfOutOfFoldCost()
    {
        var (xs, ys) = new AnswerabilityCalibrationTests(loaded, output).AllFeatures();
        double Cost(IReadOnlyList<int> subset)
        {
            var sx = xs.Select(x => subset.Select(j => x[j]).ToArray()).ToList();
            var signs = subset.Select(j => AnswerabilityCalibrationTests.AllSigns[j]).ToArray();
            var oof = OutOfFold(sx, ys, signs);
            var t = LogisticFit.Threshold(oof, ys, AnswerabilityCalibrationTests.WrongAnswerCost);
            var wrong = oof.Where((p, i) => p >= t && !ys[i]).Count();
            var declined = oof.Where((p, i) => p < t && ys[i]).Count();
            output.WriteLine($"[{string.Join(",", subset.Select(j => AnswerabilityFeatures.Names[j]))}] wrong {wrong}, declined {declined}");
            return AnswerabilityCalibrationTests.WrongAnswerCost * wrong + declined;
        }
        var chosen = AnswerabilityCalibrationTests.Chosen.Select(f => Array.IndexOf(AnswerabilityFeatures.Names, f)).ToList();
        var cost = Cost(chosen);
        foreach (var j in chosen)
            Assert.True(Cost(chosen.Where(k => k != j).ToList()) >= cost, $"dropping {AnswerabilityFeatures.Names[j]} costs less");
        foreach (var j in Enumerable.Range(0, AnswerabilityFeatures.Names.Length).Where(j => !chosen.Contains(j)))
            Assert.True(Cost(chosen.Append(j).Order().ToList()) >= cost, $"adding {AnswerabilityFeatures.Names[j]} costs less");
    }

    private static List<double> OutOfFold(List<double[]> xs, List<bool> ys, int[] signs)
    {
        var p = new double[xs.Count];
        for (var fold = 0; fold < 6; fold++)
        {
            var train = Enumerable.Range(0, xs.Count).Where(i => i % 6 != fold).ToList();
            var model = LogisticFit.Fit(train.Select(i => xs[i]).ToList(), train.Select(i => ys[i]).ToList(), signs, AnswerabilityCalibrationTests.L2);
            foreach (var i in Enumerable.Range(0, xs.Count).Where(i => i % 6 == fold)) p[i] = model.Probability(xs[i]);
        }
        return p.ToList();
    }
}
