using System.Globalization;
using PetitionBot.Language.DateTimes;

namespace PetitionBot.Channels.WebChat.SignIn;

/// <summary>
/// What the sign-in page shows when it may not sign in now; the page prints the "error" text as it is. Every refusal
/// passes here, so it is counted here.
/// </summary>
public static class SignInReplies
{
    public static IResult WrongNameOrPassword()
    {
        SignInTelemetry.Refused("wrong-password");
        return Results.Json(new { error = "账号或密码不对，请再试一次。" }, statusCode: StatusCodes.Status401Unauthorized);
    }

    /// <summary>429 with Retry-After: which limit, when to try again, and that the password was not even checked.</summary>
    public static IResult Locked(HttpResponse response, SignInLock locked, DateTimeOffset now)
    {
        SignInTelemetry.Refused("locked");
        var seconds = (long)Math.Ceiling(locked.RetryAfter.TotalSeconds);
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var minutes = Math.Max(1, (long)Math.Ceiling(locked.RetryAfter.TotalMinutes));
        var until = (now + locked.RetryAfter).ToOffset(ShanghaiClock.Offset).ToString("HH:mm", CultureInfo.InvariantCulture);
        var who = locked.Scope == SignInLockScope.Account ? "该账号" : "这台设备所在的网络地址";
        var message = $"{who}登录失败次数过多，已暂时锁定。请约 {minutes} 分钟后再试（北京时间 {until} 以后）；锁定期间即使密码正确也无法登录。";
        return Results.Json(new { error = message, retryAfterSeconds = seconds }, statusCode: StatusCodes.Status429TooManyRequests);
    }

    /// <summary>503: too many sign-ins at this moment to check another password.</summary>
    public static IResult Busy(HttpResponse response)
    {
        SignInTelemetry.Refused("busy");
        response.Headers.RetryAfter = "1";
        return Results.Json(new { error = "现在登录的人较多，请稍后再试。" }, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>503: a store the sign-in needs cannot be reached.</summary>
    public static IResult Unavailable(HttpResponse response)
    {
        SignInTelemetry.Refused("unavailable");
        response.Headers.RetryAfter = "5";
        return Results.Json(new { error = "登录服务暂时不可用，请稍后再试。" }, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
