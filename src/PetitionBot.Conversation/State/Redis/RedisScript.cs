using System.Security.Cryptography;
using System.Text;
using StackExchange.Redis;

namespace PetitionBot.Conversation.State.Redis;

/// <summary>A Lua script invoked by its SHA1 (small requests); sent in full only when the server does not know it yet.</summary>
internal sealed class RedisScript
{
    private readonly string _text;
    private readonly byte[] _sha1;

    public RedisScript(string text)
    {
        _text = text;
        _sha1 = SHA1.HashData(Encoding.UTF8.GetBytes(text));
    }

    public async Task<RedisResult> EvaluateAsync(IDatabaseAsync database, RedisKey[] keys, RedisValue[] arguments)
    {
        try
        {
            return await database.ScriptEvaluateAsync(_sha1, keys, arguments).ConfigureAwait(false);
        }
        catch (RedisServerException e) when (e.Kind == RedisErrorKind.NoScript)
        {
            // First use, or the server restarted and lost its script cache: EVAL also caches it for next time.
            return await database.ScriptEvaluateAsync(_text, keys, arguments).ConfigureAwait(false);
        }
    }
}
