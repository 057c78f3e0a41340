using System.Security.Cryptography;
using System.Text;
using PetitionBot.Conversation.Dialogs.Fields;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PetitionBot.Conversation.Dialogs;

/// <summary>The forms loaded from dialogs/*.yaml, checked once at start-up so a typo fails fast, not mid-conversation.</summary>
public sealed class FormCatalog
{
    private readonly Dictionary<string, FormDefinition> _forms;

    private FormCatalog(Dictionary<string, FormDefinition> forms) => _forms = forms;

    public IReadOnlyCollection<FormDefinition> Forms => _forms.Values;

    public FormDefinition? Find(string id) => _forms.GetValueOrDefault(id);

    public static FormCatalog Load(string folder, FieldTypeRegistry fieldTypes)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"Dialog folder '{folder}' does not exist.");
        var forms = new Dictionary<string, FormDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var form = Parse(File.ReadAllText(file), file, fieldTypes);
            if (!forms.TryAdd(form.Id, form))
                throw new InvalidDataException($"{file}: form id '{form.Id}' is defined twice.");
        }
        return new FormCatalog(forms);
    }

    public static FormDefinition Parse(string yaml, string source, FieldTypeRegistry fieldTypes)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        FormDefinition form;
        try
        {
            form = deserializer.Deserialize<FormDefinition>(yaml) ?? throw new InvalidDataException("empty file");
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidDataException($"{source}: {e.Message}", e);
        }
        Validate(form, source, fieldTypes);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(yaml)))[..12].ToLowerInvariant();
        form.Fingerprint = $"{form.Version}-{hash}";
        return form;
    }

    private static void Validate(FormDefinition form, string source, FieldTypeRegistry fieldTypes)
    {
        if (string.IsNullOrWhiteSpace(form.Id)) throw new InvalidDataException($"{source}: 'id' is required.");
        if (string.IsNullOrWhiteSpace(form.Submit)) throw new InvalidDataException($"{source}: 'submit' is required.");
        if (form.Fields.Count == 0) throw new InvalidDataException($"{source}: a form needs at least one field.");
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in form.Fields)
        {
            if (string.IsNullOrWhiteSpace(field.Name) || !names.Add(field.Name))
                throw new InvalidDataException($"{source}: field names must be present and unique ('{field.Name}').");
            if (!fieldTypes.Contains(field.Type))
                throw new InvalidDataException($"{source}: field '{field.Name}' has unknown type '{field.Type}'; known: {string.Join(", ", fieldTypes.Names)}.");
            if (string.IsNullOrWhiteSpace(field.Prompt))
                throw new InvalidDataException($"{source}: field '{field.Name}' needs a prompt.");
            if (field.Type == "choice" && field.Choices.Count == 0)
                throw new InvalidDataException($"{source}: choice field '{field.Name}' needs choices.");
            if (string.IsNullOrWhiteSpace(field.Label)) field.Label = field.Name;
        }
    }
}
