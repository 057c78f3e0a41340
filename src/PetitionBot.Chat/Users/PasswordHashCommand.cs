namespace PetitionBot.Chat.Users;

/// <summary>
/// "hash-password &lt;password&gt;": prints a hash for WebChat:Users:n:PasswordHash and exits, so passwords never
/// have to be written into configuration. Without an argument the password is read from standard input.
/// </summary>
public static class PasswordHashCommand
{
    public const string Name = "hash-password";

    /// <summary>True when the arguments asked for this command (it has then run and set the exit code).</summary>
    public static bool TryRun(string[] args, TextReader input, TextWriter output)
    {
        if (args.Length == 0 || args[0] != Name)
            return false;
        var password = args.Length > 1 ? args[1] : input.ReadLine();
        if (string.IsNullOrEmpty(password))
        {
            output.WriteLine("用法：hash-password <密码>（或从标准输入读入密码）");
            Environment.ExitCode = 2;
            return true;
        }
        output.WriteLine(PasswordHasher.Hash(password));
        Environment.ExitCode = 0;
        return true;
    }
}
