using PetitionBot.Regulations.Accountability;

namespace PetitionBot.Regulations.Tests.Accountability;

/// <summary>The rules file against the texts: every clause it points at exists and says what the rule rests on.</summary>
public class AccountabilityRulesTests(LoadedAdvisor loaded) : IClassFixture<LoadedAdvisor>
{
    [Fact]
    public void EveryRuleClauseExists_AndHoldsItsKeyPhrase()
    {
        var problems = new List<string>();
        foreach (var (where, rule) in loaded.Rules.ClauseRules())
        {
            var clause = loaded.Corpus.FindClause(rule.Clause);
            if (clause is null)
                problems.Add($"{where}: no clause {rule.Clause}");
            else if (string.IsNullOrWhiteSpace(rule.KeyPhrase) || !ClauseQuote.Normalize(clause.Text).Contains(ClauseQuote.Normalize(rule.KeyPhrase), StringComparison.Ordinal))
                problems.Add($"{where}: “{rule.KeyPhrase}” not in {rule.Clause}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(loaded.Rules.ClauseRules().Count() > 80, "the rules file looks truncated");
    }

    [Theory]
    [InlineData("national-2016#11")]
    [InlineData("shanghai-2017#12")]
    [InlineData("hunan-2016#4")]
    public void EveryEnumeratedSituationItemHasARule(string article)
    {
        var clause = loaded.Corpus.FindClause(article)!;
        var items = loaded.Corpus.ItemsOf(clause).Select(c => c.Id).ToList();
        var ruled = loaded.Rules.Documents.SelectMany(d => d.Situations).Select(s => s.Clause).ToHashSet();
        Assert.NotEmpty(items);
        Assert.All(items, id => Assert.Contains(id, ruled));
    }

    [Fact]
    public void JiangsuHasARuleForEachOfItsFiveSituations()
    {
        var point5 = loaded.Rules.For("jiangsu-2003")!.Situations.Where(s => s.Clause == "jiangsu-2003#5").ToList();
        Assert.Equal(5, point5.Count);
        Assert.Equal(5, point5.Select(s => s.KeyPhrase).Distinct().Count());
    }

    [Fact]
    public void EveryStepNamesItsMeasuresInItsConclusion_AndLaddersClimb()
    {
        foreach (var document in loaded.Rules.Documents)
        {
            foreach (var step in document.Steps)
                Assert.All(step.Measures, m => Assert.Contains(m, step.Conclusion));
            foreach (var step in document.Steps.Where(s => s.EscalatesFrom is not null))
            {
                var from = document.Steps.Single(s => s.Produces == step.EscalatesFrom);
                Assert.True(step.Level > from.Level, $"{step.Id} does not climb above {from.Id}");
            }
        }
    }

    [Fact]
    public void EveryDocumentHasRules_AndFallbacksExist()
    {
        foreach (var document in loaded.Corpus.Documents)
            Assert.NotNull(loaded.Rules.For(document.Id));
        foreach (var d in loaded.Rules.Documents.Where(d => d.Fallback is not null))
            Assert.NotNull(loaded.Rules.For(d.Fallback!));
    }
}
