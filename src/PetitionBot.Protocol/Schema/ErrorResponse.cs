namespace PetitionBot.Protocol.Schema;

/// <summary>The Connector error body: <c>{"error":{"code","message"}}</c>.</summary>
public sealed class ErrorResponse
{
    public ErrorBody Error { get; set; } = new();

    public static ErrorResponse Of(string code, string message) => new() { Error = new ErrorBody { Code = code, Message = message } };
}

public sealed class ErrorBody
{
    public string Code { get; set; } = "";
    public string Message { get; set; } = "";
}
