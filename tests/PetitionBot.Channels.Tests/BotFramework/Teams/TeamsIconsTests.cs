using System.Text.Json.Nodes;
using PetitionBot.Testing;

namespace PetitionBot.Channels.Tests.BotFramework.Teams;

/// <summary>The icons the manifest names, as Teams takes them: color 192×192 in full colour, outline 32×32 white on transparent.</summary>
public sealed class TeamsIconsTests
{
    private static PngImage Icon(string kind)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("manifests", "manifest.json")))!;
        var file = (string)manifest["icons"]![kind]!;
        return PngImage.Read(File.ReadAllBytes(RepositoryRoot.Combine("manifests", file)));
    }

    [Fact]
    public void The_colour_icon_is_192_pixels_square_and_in_colour()
    {
        var icon = Icon("color");

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        // Full colour: opaque, and more than black and white (the accent colour carries it).
        Assert.All(icon.Pixels(), p => Assert.Equal(255, p.A));
        Assert.Contains(icon.Pixels(), p => p.R != p.G || p.G != p.B);
    }

    [Fact]
    public void The_outline_icon_is_32_pixels_square_white_on_transparent()
    {
        var icon = Icon("outline");

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        // Every visible pixel is white; only the alpha draws the shape, and the background is clear.
        Assert.All(icon.Pixels().Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Equal(0, icon[0, 0].A);
        Assert.Contains(icon.Pixels(), p => p.A == 255);
        Assert.Contains(icon.Pixels(), p => p.A == 0);
    }
}
