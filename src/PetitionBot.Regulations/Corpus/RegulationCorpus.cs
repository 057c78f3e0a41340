using System.Text.Json;
using System.Text.Json.Serialization;

namespace PetitionBot.Regulations.Corpus;

/// <summary>All loaded regulation documents and their clauses, read from a folder holding index.json.</summary>
public sealed class RegulationCorpus
{
    private readonly Dictionary<string, Clause> _byId;
    private readonly Dictionary<string, RegulationDocument> _documentsById;

    public RegulationCorpus(IReadOnlyList<RegulationDocument> documents, IReadOnlyList<Clause> clauses)
    {
        Documents = documents;
        Clauses = clauses;
        _byId = clauses.ToDictionary(c => c.Id, StringComparer.Ordinal);
        _documentsById = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<RegulationDocument> Documents { get; }

    /// <summary>Every article/section/point followed by its items, in document order.</summary>
    public IReadOnlyList<Clause> Clauses { get; }

    public Clause? FindClause(string id) => _byId.GetValueOrDefault(id);

    public RegulationDocument? FindDocument(string id) => _documentsById.GetValueOrDefault(id);

    public RegulationDocument DocumentOf(Clause clause) => _documentsById[clause.DocumentId];

    public IEnumerable<Clause> ClausesOf(string documentId) => Clauses.Where(c => c.DocumentId == documentId);

    public IEnumerable<Clause> ItemsOf(Clause clause) => Clauses.Where(c => c.ParentId == clause.Id);

    /// <summary>Reads index.json and every text it lists from <paramref name="folder"/>.</summary>
    public static async Task<RegulationCorpus> LoadAsync(string folder, CancellationToken cancellationToken)
    {
        var indexPath = Path.Combine(folder, "index.json");
        if (!File.Exists(indexPath))
            throw new FileNotFoundException($"Regulation index not found: {indexPath}", indexPath);

        IndexFile index;
        await using (var stream = File.OpenRead(indexPath))
        {
            index = await JsonSerializer.DeserializeAsync<IndexFile>(stream, JsonOptions, cancellationToken)
                ?? throw new InvalidDataException($"{indexPath} is empty.");
        }

        var documents = new List<RegulationDocument>();
        var clauses = new List<Clause>();
        foreach (var entry in index.Documents)
        {
            var structure = ParseStructure(entry);
            var text = await File.ReadAllTextAsync(Path.Combine(folder, entry.File), cancellationToken);
            var parsed = ClauseParser.Parse(entry.Id, entry.Title, structure, text.Replace("\r\n", "\n"));
            documents.Add(new RegulationDocument
            {
                Id = entry.Id,
                Title = entry.Title,
                ShortName = entry.ShortName ?? DocumentShortName.Derive(entry.Title, entry.Jurisdiction),
                Issuer = entry.Issuer ?? entry.InterpretedBy,
                DocumentNumber = entry.DocumentNumber,
                Jurisdiction = entry.Jurisdiction,
                Effective = ParseDate(entry.Effective),
                Published = ParseDate(entry.Published),
                InterpretedBy = entry.InterpretedBy,
                Structure = structure,
                Preamble = parsed.Preamble,
            });
            clauses.AddRange(parsed.Clauses);
        }
        return new RegulationCorpus(documents, clauses);
    }

    private static DocumentStructure ParseStructure(IndexEntry entry) => entry.Structure switch
    {
        "articles" => DocumentStructure.Articles,
        "sections" => DocumentStructure.Sections,
        "numbered-points" => DocumentStructure.NumberedPoints,
        _ => throw new InvalidDataException(
            $"Document '{entry.Id}' has unknown structure '{entry.Structure}' (expected articles, sections or numbered-points)."),
    };

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", out var d) ? d : null;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    private sealed record IndexFile(IReadOnlyList<IndexEntry> Documents);

    private sealed record IndexEntry(
        string Id,
        string File,
        string Title,
        string? Issuer,
        [property: JsonPropertyName("document_number")] string? DocumentNumber,
        string Jurisdiction,
        string? Effective,
        string Structure,
        [property: JsonPropertyName("interpreted_by")] string? InterpretedBy,
        string? Published,
        [property: JsonPropertyName("short_name")] string? ShortName);
}
