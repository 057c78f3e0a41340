using System.Text;
using System.Text.Json;
using PetitionBot.Regulations.Corpus;
using PetitionBot.Language.Numbers;

namespace PetitionBot.Benchmarks.Regulations;

/// <summary>
/// Writes a regulations folder that holds the real documents plus synthetic ones made by recombining real
/// articles (an article's text with a sentence of another article appended), so a large corpus reads like the
/// real texts and is loaded through the same loader.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly string[] Provinces =
        ["河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省"];

    private const int ArticlesPerDocument = 40;

    /// <summary>Creates <paramref name="folder"/> with the real documents and enough synthetic ones for about <paramref name="clauses"/> clauses.</summary>
    public static async Task WriteAsync(string realFolder, string folder, RegulationCorpus real, int clauses, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        using var index = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(realFolder, "index.json"), ct));
        var entries = index.RootElement.GetProperty("documents").EnumerateArray().Select(e => (object)e.Clone()).ToList();
        foreach (var file in Directory.EnumerateFiles(realFolder, "*.txt"))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);

        var articles = real.Clauses.Where(c => !c.IsItem && c.Text.Length > 0).ToList();
        var random = new Random(20260315); // fixed, so every run measures the same corpus
        var loaded = real.Clauses.Count;
        for (var d = 1; loaded < clauses; )
        {
            // Write documents for the clauses still missing, then count what the loader really finds.
            var perDocument = real.Clauses.Count / (double)articles.Count * ArticlesPerDocument;
            for (var more = (int)Math.Ceiling((clauses - loaded) / perDocument); more > 0; more--, d++)
                entries.Add(await WriteDocumentAsync(folder, d, articles, random, ct));
            await WriteIndexAsync(folder, entries, ct);
            loaded = (await RegulationCorpus.LoadAsync(folder, ct)).Clauses.Count;
        }
    }

    private static async Task<object> WriteDocumentAsync(string folder, int d, List<Clause> articles, Random random, CancellationToken ct)
    {
        var province = Provinces[(d - 1) % Provinces.Length];
        var id = $"synthetic-{d:D4}";
        var text = new StringBuilder($"{province}信访工作责任制实施细则（第{d}号）\n");
        for (var n = 1; n <= ArticlesPerDocument; n++)
        {
            var article = articles[random.Next(articles.Count)];
            var other = articles[random.Next(articles.Count)];
            var borrowed = other.Text.Split('\n')[0].Split('。', StringSplitOptions.RemoveEmptyEntries)[0];
            var lines = article.Text.Split('\n');
            text.Append($"第{ChineseNumeral.Format(n)}条 {lines[0]}{borrowed}。\n");
            foreach (var line in lines.Skip(1)) text.Append(line).Append('\n');
        }
        await File.WriteAllTextAsync(Path.Combine(folder, id + ".txt"), text.ToString(), ct);
        return new Dictionary<string, object?>
        {
            ["id"] = id, ["file"] = id + ".txt", ["title"] = $"{province}信访工作责任制实施细则（第{d}号）",
            ["issuer"] = null, ["jurisdiction"] = province, ["effective"] = "2020-01-01", ["structure"] = "articles",
        };
    }

    private static Task WriteIndexAsync(string folder, List<object> entries, CancellationToken ct) =>
        File.WriteAllTextAsync(Path.Combine(folder, "index.json"),
            JsonSerializer.Serialize(new Dictionary<string, object> { ["documents"] = entries }), ct);
}
