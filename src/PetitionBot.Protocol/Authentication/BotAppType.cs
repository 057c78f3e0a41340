namespace PetitionBot.Protocol.Authentication;

/// <summary>How the bot's Entra app registration is set up (configuration key MicrosoftAppType).</summary>
public enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMSI,
}
