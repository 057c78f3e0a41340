namespace PetitionBot.Protocol.Schema;

public sealed class ResourceResponse
{
    public string? Id { get; set; }
}
