using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PetitionBot.Conversation.State.Redis;
using PetitionBot.DirectLine.Conversations;
using PetitionBot.DirectLine.Http;
using PetitionBot.DirectLine.Storage;
using PetitionBot.DirectLine.Storage.Memory;
using PetitionBot.DirectLine.Storage.Redis;
using PetitionBot.DirectLine.Tokens;

namespace PetitionBot.DirectLine;

/// <summary>Registers and maps the channel. The host registers an <see cref="IDirectLineBot"/> and calls UseWebSockets.</summary>
public static class DirectLineChannel
{
    /// <param name="redis">The process's Redis connection (its owner closes it): logs and signals shared by all instances; null keeps them in memory.</param>
    public static IServiceCollection AddDirectLineChannel(this IServiceCollection services, DirectLineOptions options, SharedRedis? redis)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton(TokenSigningKey.From(options.TokenSigningKey));
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<BearerAuthorization>();
        services.AddSingleton<DirectLineCors>();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<IDirectLineConversations>(sp => sp.GetRequiredService<DirectLineConversations>());
        if (redis is null)
        {
            services.AddSingleton<IActivityLog, MemoryActivityLog>();
            services.AddSingleton<IConversationSignals, MemoryConversationSignals>();
        }
        else
        {
            services.AddSingleton<IActivityLog>(_ => new RedisActivityLog(redis, options));
            services.AddSingleton<IConversationSignals>(_ => new RedisConversationSignals(redis));
        }
        return services;
    }

    public static RouteGroupBuilder MapDirectLineChannel(this IEndpointRouteBuilder endpoints) => DirectLineEndpoints.Map(endpoints);
}
