using Microsoft.AspNetCore.Http;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.DirectLine.Http;

/// <summary>Error responses in the Connector error shape; messages in Chinese with the English meaning for developers.</summary>
public static class DirectLineErrors
{
    public static IResult MissingAuthorization() =>
        Error(StatusCodes.Status401Unauthorized, "MissingAuthorization", "缺少身份凭据，请先登录（Authorization: Bearer token required）。");

    public static IResult InvalidToken() =>
        Error(StatusCodes.Status403Forbidden, "TokenInvalid", "凭据无效，请重新登录（invalid token or secret）。");

    public static IResult ExpiredToken() =>
        Error(StatusCodes.Status403Forbidden, "TokenExpired", "登录已过期，请重新登录（token expired）。");

    public static IResult WrongConversation() =>
        Error(StatusCodes.Status403Forbidden, "BadArgument", "此凭据不能访问该会话（token is not valid for this conversation）。");

    public static IResult NotFound() =>
        Error(StatusCodes.Status404NotFound, "BadArgument", "会话不存在或已过期（conversation not found）。");

    public static IResult BadRequest(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult TooLarge(int limit) =>
        Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"消息过大，上限 {limit} 字节（activity too large）。");

    public static IResult BotFailed() =>
        Error(StatusCodes.Status502BadGateway, "BotError", "机器人暂时无法处理这条消息，请稍后再试（the bot failed to process the activity）。");

    public static IResult StorageUnavailable() =>
        Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "会话服务暂时不可用，请稍后再试；已保存的对话不会丢失（the conversation store is unreachable, try again later）。");

    public static IResult UploadNotSupported() =>
        Error(StatusCodes.Status501NotImplemented, "NotImplemented", "暂不支持发送附件，请直接输入文字（attachment upload is not supported by this Direct Line）。");

    private static IResult Error(int status, string code, string message) =>
        Results.Json(ErrorResponse.Of(code, message), ProtocolJson.Options, statusCode: status);
}
