using PetitionBot.Chat.Statistics.Charts;
using SkiaSharp;

namespace PetitionBot.Chat.Tests.Statistics.Charts;

/// <summary>Charts decode as PNGs of the promised size and draw Chinese as glyphs, not as boxes.</summary>
public sealed class StatisticsChartTests
{
    private static readonly ChartPoint[] Units =
    [
        new("城关镇信访办", 8.1, "8.1%（3/37）"),
        new("东关街道办事处", 2.5, "2.5%（1/40）"),
        new("县人社局", 12, "12%（6/50）"),
    ];

    private static ChartFont Font()
    {
        var font = ChartFont.Find(null);
        Assert.True(font.IsAvailable, $"No Chinese font for charts ({font.Problem}). Install it: {ChartFont.InstallHint}");
        return font;
    }

    [Fact]
    public void The_font_is_noto_sans_cjk_simplified_chinese_with_every_character_charts_use()
    {
        var font = Font();
        Assert.Equal("Noto Sans CJK SC", font.Typeface!.FamilyName);
        using var skFont = new SKFont(font.Typeface);
        Assert.True(skFont.ContainsGlyphs(string.Concat(Units.Select(u => u.Label)) + "各单位超期率信访量走势"));
    }

    [Fact]
    public void A_bar_chart_is_a_png_of_the_promised_size()
    {
        var png = new StatisticsChart(Font()).Bars("2026年11月 各单位超期率", Units, p => p.Value > 8);
        Assert.NotNull(png);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((StatisticsChart.Width, StatisticsChart.Height), (bitmap.Width, bitmap.Height));
        Assert.Contains(Colours(bitmap), c => c.Red > 150 && c.Green < 90 && c.Blue < 90);
    }

    [Fact]
    public void A_line_chart_is_a_png_of_the_promised_size()
    {
        var points = Enumerable.Range(1, 12).Select(m => new ChartPoint($"{m}月", 100 + m, "")).ToList();
        using var bitmap = SKBitmap.Decode(new StatisticsChart(Font()).Line("2026年 信访量走势（按月）", points));
        Assert.Equal((StatisticsChart.Width, StatisticsChart.Height), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public void Chinese_titles_are_drawn_as_glyphs_not_as_missing_glyph_boxes()
    {
        var chart = new StatisticsChart(Font());
        // Without the font every character is the same box (or nothing), so two different titles of one length look alike.
        var title = Title(chart, "各单位超期率");
        var repeated = Title(chart, "各各各各各各");
        Assert.True(Ink(title) > 200, $"the title drew only {Ink(title)} dark pixels");
        Assert.True(Differing(title, repeated) > 300, "two different Chinese titles drew alike: missing-glyph boxes");
    }

    /// <summary>The title band of a one-bar chart with this title.</summary>
    private static SKBitmap Title(StatisticsChart chart, string title)
    {
        var bitmap = SKBitmap.Decode(chart.Bars(title, [new ChartPoint("甲", 1, "1")]));
        var band = new SKBitmap(bitmap.Width, 40);
        using var canvas = new SKCanvas(band);
        canvas.DrawBitmap(bitmap, new SKRect(0, 0, bitmap.Width, 40), new SKRect(0, 0, bitmap.Width, 40));
        bitmap.Dispose();
        return band;
    }

    private static int Ink(SKBitmap bitmap) => Colours(bitmap).Count(c => c.Red + c.Green + c.Blue < 300);

    private static int Differing(SKBitmap a, SKBitmap b) => a.Pixels.Zip(b.Pixels).Count(p => p.First != p.Second);

    private static IEnumerable<SKColor> Colours(SKBitmap bitmap) => bitmap.Pixels;
}
