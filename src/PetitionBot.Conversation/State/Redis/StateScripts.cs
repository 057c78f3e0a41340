namespace PetitionBot.Conversation.State.Redis;

/// <summary>
/// The Lua run inside Redis. Each key is a hash {doc, etag}; a script runs atomically, so the
/// ETag check and the write cannot interleave with another writer, and a whole batch is one round trip.
/// </summary>
internal static class StateScripts
{
    /// <summary>ARGV[1] = sliding TTL in ms (0 = none). Returns, per key, {doc, etag} or nil; refreshes the TTL of hits.</summary>
    public const string Read = """
        local ttl = tonumber(ARGV[1])
        local result = {}
        for i, key in ipairs(KEYS) do
          local item = redis.call('HMGET', key, 'doc', 'etag')
          if item[1] and item[2] then
            if ttl > 0 then redis.call('PEXPIRE', key, ttl) end
            result[i] = item
          else
            result[i] = false
          end
        end
        return result
        """;

    /// <summary>
    /// ARGV[1] = sliding TTL in ms (0 = none); then four arguments per key: condition ('always' | 'match' | 'absent'),
    /// expected ETag, new ETag, document. Returns, per key, 1 when written or 0 when its condition failed.
    /// </summary>
    public const string Write = """
        local ttl = tonumber(ARGV[1])
        local result = {}
        for i, key in ipairs(KEYS) do
          local at = 2 + (i - 1) * 4
          local condition = ARGV[at]
          local current = redis.call('HGET', key, 'etag')
          local allowed = true
          if condition == 'match' then
            allowed = (current == ARGV[at + 1])
          elseif condition == 'absent' then
            allowed = (not current)
          end
          if allowed then
            redis.call('HSET', key, 'doc', ARGV[at + 3], 'etag', ARGV[at + 2])
            if ttl > 0 then redis.call('PEXPIRE', key, ttl) else redis.call('PERSIST', key) end
            result[i] = 1
          else
            result[i] = 0
          end
        end
        return result
        """;
}
