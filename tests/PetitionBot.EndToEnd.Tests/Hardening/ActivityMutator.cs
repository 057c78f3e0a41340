using System.Text;
using System.Text.Json.Nodes;

namespace PetitionBot.EndToEnd.Tests.Hardening;

/// <summary>
/// Seeded damage to a valid activity: fields deleted, values swapped for other JSON types, nulls, huge and odd
/// strings, deep nesting, and now and then broken JSON. The same seed gives the same bodies.
/// </summary>
public sealed class ActivityMutator(int seed)
{
    private static readonly string[] ActivityFields =
    [
        "type", "id", "text", "channelId", "serviceUrl", "from", "recipient", "conversation", "deliveryMode", "value",
        "membersAdded", "membersRemoved", "attachments", "entities", "timestamp", "localTimestamp", "locale", "replyToId",
        "channelData", "textFormat", "name", "suggestedActions", "action", "valueType", "inputHint",
    ];

    private static readonly string[] OddStrings =
    [
        "", " ", "\u202E翻转\u202C", "\u0000\u0007\u001b[31m", "line\r\ncrit: forged", "😀👍🏻‍", "\uFEFF", "%s%n{0}",
        "'; DROP TABLE cases; --", "../../etc/passwd", "<script>alert(1)</script>", "[x](javascript:alert(1))",
        "登记来访", "提交", "受理", "办结", "我的案件", "本周到期", "XF-2026-000001", "XF-9999-999999", "11010519491231002X",
        "110105194912310021", "13812345678", "2026年2月30日", "file:///etc/passwd", "http://169.254.169.254/", "invoke",
        "message", "conversationUpdate", "expectReplies", "null", "true", "-1", "1e999",
    ];

    private readonly Random _random = new(seed);

    public Random Random => _random;

    /// <summary>The template with one to four mutations; returns UTF-8 bytes that may no longer be JSON.</summary>
    public byte[] Mutate(JsonObject template)
    {
        var activity = (JsonObject)template.DeepClone();
        var mutations = _random.Next(1, 5);
        for (var i = 0; i < mutations; i++)
            MutateOnce(activity);
        var json = activity.ToJsonString();
        if (_random.Next(20) == 0)
            // Valid JSON escapes that decode to lone surrogates: text no UTF-16 string should hold.
            json = json.Replace("\"text\":\"", "\"text\":\"\\ud800\\udfff\\udc00", StringComparison.Ordinal);
        return _random.Next(20) == 0 ? BreakJson(json) : Encoding.UTF8.GetBytes(json);
    }

    private void MutateOnce(JsonObject activity)
    {
        switch (_random.Next(6))
        {
            case 0:
                if (RandomContainer(activity) is JsonObject o && o.Count > 0)
                    o.Remove(o.ElementAt(_random.Next(o.Count)).Key);
                break;
            case 1:
                ReplaceSomeValue(activity, Junk(depth: 0));
                break;
            case 2:
                ReplaceSomeValue(activity, null);
                break;
            case 3:
                activity[ActivityFields[_random.Next(ActivityFields.Length)]] = Junk(depth: 0);
                break;
            case 4:
                activity["text"] = OddStrings[_random.Next(OddStrings.Length)] + (_random.Next(3) == 0 ? HugeString() : "");
                break;
            default:
                activity[ActivityFields[_random.Next(ActivityFields.Length)]] = Nested(_random.Next(2, 40));
                break;
        }
    }

    private JsonNode? RandomContainer(JsonNode node)
    {
        var containers = new List<JsonNode>();
        Collect(node, containers);
        return containers[_random.Next(containers.Count)];
    }

    private static void Collect(JsonNode? node, List<JsonNode> into)
    {
        switch (node)
        {
            case JsonObject o:
                into.Add(o);
                foreach (var (_, child) in o) Collect(child, into);
                break;
            case JsonArray a:
                into.Add(a);
                foreach (var child in a) Collect(child, into);
                break;
        }
    }

    private void ReplaceSomeValue(JsonObject activity, JsonNode? value)
    {
        switch (RandomContainer(activity))
        {
            case JsonObject o when o.Count > 0:
                o[o.ElementAt(_random.Next(o.Count)).Key] = value;
                break;
            case JsonArray a when a.Count > 0:
                a[_random.Next(a.Count)] = value;
                break;
        }
    }

    private JsonNode? Junk(int depth) => _random.Next(depth > 3 ? 7 : 10) switch
    {
        0 => null,
        1 => JsonValue.Create(_random.Next(2) == 0),
        2 => JsonValue.Create(_random.Next(3) switch { 0 => -1, 1 => 0, _ => int.MaxValue }),
        3 => JsonValue.Create(_random.NextDouble() * 1e300),
        4 => JsonValue.Create(OddStrings[_random.Next(OddStrings.Length)]),
        5 => JsonValue.Create(HugeString()),
        6 => JsonValue.Create(RandomUnicode(_random.Next(1, 64))),
        7 => new JsonArray(Enumerable.Range(0, _random.Next(0, 5)).Select(_ => Junk(depth + 1)).ToArray()),
        _ => new JsonObject(Enumerable.Range(0, _random.Next(0, 5))
            .Select(i => KeyValuePair.Create(ActivityFields[_random.Next(ActivityFields.Length)] + i, Junk(depth + 1)))),
    };

    private JsonNode Nested(int depth)
    {
        JsonNode node = JsonValue.Create("底")!;
        for (var i = 0; i < depth; i++)
            node = _random.Next(2) == 0 ? new JsonArray(node) : new JsonObject { ["id"] = node };
        return node;
    }

    /// <summary>Up to about 300 KB: some bodies go past the size limit.</summary>
    private string HugeString() => new(RandomUnicode(1)[0], _random.Next(4) == 0 ? _random.Next(100_000, 300_000) : _random.Next(1_000, 20_000));

    private string RandomUnicode(int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(_random.Next(4) switch
            {
                0 => (char)_random.Next(0x20, 0x7f),
                1 => (char)_random.Next(0x4e00, 0x9fff),
                2 => (char)_random.Next(0, 0x20),
                // Any code unit outside the surrogates (lone ones go in as JSON escapes, see Mutate).
                _ => (char)_random.Next(0xE000, 0x10000),
            });
        }
        return text.ToString();
    }

    private byte[] BreakJson(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        switch (_random.Next(4))
        {
            case 0:
                return bytes[.._random.Next(bytes.Length)];
            case 1:
                var broken = bytes.ToArray();
                broken[_random.Next(broken.Length)] = (byte)_random.Next(256);
                return broken;
            case 2:
                return Encoding.UTF8.GetBytes(new string('[', 5_000) + new string(']', 5_000));
            default:
                return Encoding.UTF8.GetBytes("{\"type\":\"message\",\"type\":\"invoke\",\"conversation\":{\"id\":\"dup\"}," + json[1..]);
        }
    }
}
