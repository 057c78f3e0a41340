using PetitionBot.EndToEnd.Tests.Scheduling;

namespace PetitionBot.EndToEnd.Tests.WebChat;

/// <summary>
/// Browser tests run one class at a time: each starts a host process and Chromium, and CI has two cores. The classes
/// that need no settings of their own share one <see cref="WebChatHostFixture"/> (a host and Chromium started once).
/// </summary>
[CollectionDefinition(Name)]
[LongRunning]
public sealed class WebChatCollection : ICollectionFixture<WebChatHostFixture>
{
    public const string Name = "Web Chat in Chromium";
}
