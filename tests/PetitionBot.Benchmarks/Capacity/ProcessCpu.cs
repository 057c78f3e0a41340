namespace PetitionBot.Benchmarks.Capacity;

/// <summary>CPU time a process has used (user + system), read from /proc (Linux).</summary>
public static class ProcessCpu
{
    public static TimeSpan Read(int pid)
    {
        // Fields 14 and 15 of /proc/pid/stat, after the command name in parentheses, in clock ticks (100 a second here).
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11]) + long.Parse(fields[12]);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }
}
