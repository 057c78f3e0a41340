namespace PetitionBot.Chat.Users;

/// <summary>The configured roles (WebChat:Users:n:Role) as people in a petition office call them.</summary>
public static class UserRoleNames
{
    public static string InChinese(string role) => role switch
    {
        "officer" => "办理人员",
        "supervisor" => "督办人员",
        "staff" => "工作人员",
        _ => role,
    };
}
