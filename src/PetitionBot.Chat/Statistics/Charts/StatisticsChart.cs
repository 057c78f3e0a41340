using ScottPlot;

namespace PetitionBot.Chat.Statistics.Charts;

/// <summary>
/// Draws a statistic as a PNG sized for a phone screen: horizontal bars (long unit names read on the left) or a line
/// over time. Every text is in <see cref="ChartFont"/>; without it no chart is drawn.
/// </summary>
public sealed class StatisticsChart(ChartFont font)
{
    public const int Width = 640;
    public const int Height = 400;

    /// <summary>Bars beyond this many are left out of a chart (the text says how many there are).</summary>
    public const int MaxBars = 10;

    private static readonly Color BarColour = Color.FromHex("#2F6FB0");
    private static readonly Color LateColour = Color.FromHex("#C0392B");

    public bool CanDraw => font.IsAvailable;

    /// <summary>Horizontal bars, the first point at the top; <paramref name="highlight"/> points are drawn red.</summary>
    public byte[]? Bars(string title, IReadOnlyList<ChartPoint> points, Func<ChartPoint, bool>? highlight = null)
    {
        if (!CanDraw || points.Count == 0)
            return null;
        var shown = points.Take(MaxBars).ToList();
        var plot = NewPlot(title);
        var bars = shown.Select((p, i) => new Bar
        {
            // The first point at the top: positions count down.
            Position = shown.Count - 1 - i,
            Value = p.Value,
            Label = p.ValueText,
            FillColor = highlight?.Invoke(p) == true ? LateColour : BarColour,
            LineWidth = 0,
        }).ToList();
        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plottable.ValueLabelStyle.FontName = ChartFont.FamilyName;
        plottable.ValueLabelStyle.FontSize = 13;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. bars.Select(b => b.Position)], [.. shown.Select(p => p.Label)]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.TickLabelStyle.FontSize = 14;
        // Room on the right for the value written after the longest bar.
        var max = shown.Max(p => p.Value);
        plot.Axes.SetLimitsX(0, max <= 0 ? 1 : max * 1.4);
        plot.Axes.SetLimitsY(-0.6, shown.Count - 0.4);
        if (AreCounts(shown)) plot.Axes.Bottom.TickGenerator = WholeNumbers();
        plot.Grid.YAxisStyle.IsVisible = false;
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    /// <summary>A line over the points in order, each labelled below (1月, 2月 … or a week's Monday).</summary>
    public byte[]? Line(string title, IReadOnlyList<ChartPoint> points)
    {
        if (!CanDraw || points.Count == 0)
            return null;
        var plot = NewPlot(title);
        double[] xs = [.. Enumerable.Range(0, points.Count).Select(i => (double)i)];
        double[] ys = [.. points.Select(p => p.Value)];
        var line = plot.Add.Scatter(xs, ys);
        line.Color = BarColour;
        line.LineWidth = 2.5f;
        line.MarkerSize = 7;
        // Every label when they fit, else every second or third, so they never overlap.
        var step = (points.Count + 11) / 12;
        var ticks = Enumerable.Range(0, points.Count).Where(i => i % step == 0).ToList();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. ticks.Select(i => (double)i)], [.. ticks.Select(i => points[i].Label)]);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
        var max = ys.Max();
        plot.Axes.SetLimitsX(-0.5, points.Count - 0.5);
        plot.Axes.SetLimitsY(0, max <= 0 ? 1 : max * 1.15);
        if (AreCounts(points)) plot.Axes.Left.TickGenerator = WholeNumbers();
        plot.Grid.XAxisStyle.IsVisible = false;
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    // Counts are ticked 0, 1, 2 …, never 0.1, 0.2 (rates keep their fractions).
    private static bool AreCounts(IEnumerable<ChartPoint> points) => points.All(p => p.Value == Math.Floor(p.Value));

    private static ScottPlot.TickGenerators.NumericAutomatic WholeNumbers() => new() { IntegerTicksOnly = true };

    private static Plot NewPlot(string title)
    {
        var plot = new Plot();
        plot.Font.Set(ChartFont.FamilyName);
        plot.Title(title, 18);
        plot.Axes.Title.Label.FontName = ChartFont.FamilyName;
        return plot;
    }
}
