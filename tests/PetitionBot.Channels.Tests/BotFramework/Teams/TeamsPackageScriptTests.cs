using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using PetitionBot.Testing;

namespace PetitionBot.Channels.Tests.BotFramework.Teams;

/// <summary>scripts/package-teams-app.sh: the zip Teams uploads, with the app id and domain filled in.</summary>
public sealed class TeamsPackageScriptTests : IDisposable
{
    private const string AppId = "3f2c9a4e-7b1d-4c8e-9f60-2a5b7c8d9e01";

    private readonly string _output = Directory.CreateTempSubdirectory("teams-package-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [Fact]
    public async Task The_zip_holds_the_filled_manifest_and_both_icons_at_its_root()
    {
        var (exit, stdout, stderr) = await PackageAsync(AppId, "bot.example.org");

        Assert.True(exit == 0, stderr);
        var zipPath = Path.Combine(_output, "petitionbot-teams.zip");
        Assert.Equal(zipPath, stdout.Trim());
        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());

        var manifest = JsonNode.Parse(Read(zip, "manifest.json"))!.AsObject();
        Assert.Equal(AppId, (string?)manifest["id"]);
        Assert.All(manifest["bots"]!.AsArray(), bot => Assert.Equal(AppId, (string?)bot!["botId"]));
        Assert.Contains("bot.example.org", manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.Empty(TeamsManifestSchema.Check(manifest));

        Assert.Equal(File.ReadAllBytes(RepositoryRoot.Combine("manifests", "color.png")), ReadBytes(zip, "color.png"));
        Assert.Equal(File.ReadAllBytes(RepositoryRoot.Combine("manifests", "outline.png")), ReadBytes(zip, "outline.png"));
    }

    [Theory]
    [InlineData("00000000-0000-0000-0000-000000000000", "")]
    [InlineData("petitionbot", "")]
    [InlineData(AppId, "https://bot.example.org/api/messages")]
    public async Task A_placeholder_id_or_a_domain_that_is_no_host_name_makes_no_zip(string appId, string domain)
    {
        var (exit, _, stderr) = await PackageAsync(appId, domain);

        Assert.Equal(2, exit);
        Assert.NotEmpty(stderr);
        Assert.False(File.Exists(Path.Combine(_output, "petitionbot-teams.zip")));
    }

    private async Task<(int Exit, string Stdout, string Stderr)> PackageAsync(string appId, string domain)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Path,
        };
        foreach (var argument in new[] { RepositoryRoot.Combine("scripts", "package-teams-app.sh"), appId, domain, _output })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static byte[] ReadBytes(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
