using System.Text.Json;

namespace PetitionBot.Channels.WeCom.Tests;

/// <summary>One vector of Vectors/wecom-vectors.json, written by Vectors/make-vectors.py (Python cryptography).</summary>
public sealed record WeComVector(
    string Name, string Source, string Token, string EncodingAesKey, string ReceiveId, string Timestamp, string Nonce,
    string RandomHex, string Message, string MsgSignature, string Encrypt)
{
    private sealed record File(string Generator, WeComVector[] Vectors);

    public static IReadOnlyList<WeComVector> All { get; } = Load();

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var vector in All)
            data.Add(vector.Name);
        return data;
    }

    public static WeComVector Named(string name) => All.Single(v => v.Name == name);

    private static WeComVector[] Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Vectors", "wecom-vectors.json");
        var file = JsonSerializer.Deserialize<File>(System.IO.File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        return file?.Vectors ?? throw new InvalidOperationException("No vectors in " + path);
    }
}
