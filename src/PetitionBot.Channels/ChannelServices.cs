using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using PetitionBot.Cases.Reminders;
using PetitionBot.Channels.Delivery;
using PetitionBot.Channels.Proactive;

namespace PetitionBot.Channels;

/// <summary>
/// The channel seam, composed: what every channel shares (section "Messages": inbound limits, the reply outbox and its
/// delivery, proactive sends), plus one <see cref="AddChannel{TChannel}"/> line per channel.
/// </summary>
public static class ChannelServices
{
    /// <summary>Registers a channel: its inbound endpoints are mapped by <see cref="MapChannels"/>, and it delivers to the
    /// conversations it serves. Earlier registrations are asked first.</summary>
    public static IServiceCollection AddChannel<TChannel>(this IServiceCollection services) where TChannel : class, IChannel
    {
        AddChannelSeam(services);
        services.AddSingleton<TChannel>();
        services.AddSingleton<IChannel>(sp => sp.GetRequiredService<TChannel>());
        return services;
    }

    /// <summary>The shared parts; safe to call more than once.</summary>
    public static IServiceCollection AddChannelSeam(this IServiceCollection services)
    {
        if (services.Any(s => s.ServiceType == typeof(ChannelRegistry)))
            return services;
        services.TryAddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection("Messages").Get<MessagesOptions>() ?? new MessagesOptions());
        services.AddSingleton<ChannelRegistry>();
        services.AddSingleton<ChannelTurns>();
        services.AddSingleton<OutboxIndex>();
        services.AddSingleton<OutboxDelivery>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDelivery>());
        services.AddSingleton<IReminderSender, ChannelReminderSender>();
        return services;
    }

    /// <summary>Maps every registered channel's inbound endpoints.</summary>
    public static WebApplication MapChannels(this WebApplication app)
    {
        foreach (var channel in app.Services.GetRequiredService<ChannelRegistry>().All)
            channel.MapInbound(app);
        return app;
    }
}
