using PetitionBot.Chat.Users;
namespace PetitionBot.Channels.WebChat;

/// <summary>
/// GET /webchat/demo-accounts: the demo sign-ins for the page to list under the form. Always 200, with an empty list
/// outside the demo, so the page asks unconditionally and a normal load logs no error.
/// </summary>
public static class DemoAccountsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/webchat/demo-accounts", (DemoAccounts demo) => Results.Ok(new { accounts = demo.Accounts, password = demo.Password }));
}
