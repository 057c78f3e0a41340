namespace PetitionBot.Benchmarks.Load;

/// <summary>Resident memory of a process, read from /proc (Linux).</summary>
public static class ProcessMemory
{
    /// <summary>Current (VmRSS) and peak (VmHWM) resident set in MB.</summary>
    public static (double CurrentMb, double PeakMb) Read(int pid)
    {
        double Field(string name) => File.ReadLines($"/proc/{pid}/status")
            .Where(l => l.StartsWith(name + ":", StringComparison.Ordinal))
            .Select(l => double.Parse(l.Split(':')[1].Trim().Split(' ')[0]) / 1024)
            .FirstOrDefault();
        return (Field("VmRSS"), Field("VmHWM"));
    }
}
