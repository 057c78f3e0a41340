namespace PetitionBot.Conversation.Dialogs.Fields;

/// <summary>The field types a form may use, by name.</summary>
public sealed class FieldTypeRegistry
{
    private readonly Dictionary<string, IFieldType> _types;

    public FieldTypeRegistry(IEnumerable<IFieldType> types) =>
        _types = types.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Names => _types.Keys;

    public IFieldType Get(string name) =>
        _types.TryGetValue(name, out var type) ? type : throw new KeyNotFoundException($"Unknown field type '{name}'.");

    public bool Contains(string name) => _types.ContainsKey(name);
}
