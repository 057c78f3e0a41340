using System.Text.Json;
using System.Text.Json.Serialization;

namespace PetitionBot.Cases.Store;

/// <summary>How cases and commands are written as JSON in the store.</summary>
internal static class CaseJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // PostgreSQL's jsonb reorders keys, so the command discriminator may not come first.
        AllowOutOfOrderMetadataProperties = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
