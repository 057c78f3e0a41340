using PetitionBot.Protocol.Connector;

namespace PetitionBot.Channels.BotFramework;

/// <summary>What the caller of /api/messages is told when its serviceUrl is refused.</summary>
public static class ServiceUrlMessages
{
    public static string For(ServiceUrlRefusal refusal, string? serviceUrl) => refusal switch
    {
        ServiceUrlRefusal.Missing => "Activity 缺少 serviceUrl，回复无处发送。",
        ServiceUrlRefusal.NotAbsolute => "serviceUrl 不是完整的网址。",
        ServiceUrlRefusal.NotHttp => "serviceUrl 只能是 http 或 https 地址。",
        _ => $"serviceUrl 的主机 {ServiceUrlPolicy.HostOf(serviceUrl)} 不在允许的渠道地址中；如确属本机构的渠道，请把它加入配置 Messages:AllowedServiceHosts。",
    };
}
