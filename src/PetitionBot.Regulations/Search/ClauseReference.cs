namespace PetitionBot.Regulations.Search;

/// <summary>An explicit reference in a question, like "第十一条第（二）项" or "上海细则第十八条".</summary>
/// <param name="DocumentId">The document it resolves to.</param>
/// <param name="Number">Article, section or point number.</param>
/// <param name="Item">Item number, when the reference names one.</param>
public sealed record ClauseReference(string DocumentId, int Number, int? Item)
{
    public string ClauseId => Item is null ? $"{DocumentId}#{Number}" : $"{DocumentId}#{Number}.{Item}";
}
