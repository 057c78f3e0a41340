namespace PetitionBot.EndToEnd.Tests.WebChat;

/// <summary>Browser tests run one class at a time: each starts a host process and Chromium, and CI has two cores.</summary>
[CollectionDefinition(Name)]
public sealed class WebChatCollection
{
    public const string Name = "Web Chat in Chromium";
}
