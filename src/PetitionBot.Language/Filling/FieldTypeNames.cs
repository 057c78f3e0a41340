namespace PetitionBot.Language.Filling;

/// <summary>The type names used in dialog YAML (people-count, id-number …).</summary>
public static class FieldTypeNames
{
    public static bool TryParse(string? name, out FieldType type)
    {
        FieldType? parsed = name?.Trim().ToLowerInvariant() switch
        {
            "text" or "place" => FieldType.Text,
            "number" => FieldType.Number,
            "people-count" => FieldType.PeopleCount,
            "date" => FieldType.Date,
            "datetime" => FieldType.DateTime,
            "choice" => FieldType.Choice,
            "yes-no" => FieldType.YesNo,
            "phone" => FieldType.Phone,
            "id-number" => FieldType.IdNumber,
            "person-name" => FieldType.PersonName,
            "list" or "free-list" => FieldType.FreeList,
            _ => null,
        };
        type = parsed ?? FieldType.Text;
        return parsed is not null;
    }
}
