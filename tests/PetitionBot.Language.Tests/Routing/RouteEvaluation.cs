using System.Globalization;
using System.Text;
using PetitionBot.Language.Intents;
using PetitionBot.Language.Routing;

namespace PetitionBot.Language.Tests.Routing;

/// <summary>Accuracy per job and the confusion matrix of one labelled set, as totals only.</summary>
internal sealed class RouteEvaluation
{
    private readonly int[,] _confusion;
    private readonly string[] _labels;

    private RouteEvaluation(string[] labels)
    {
        _labels = labels;
        _confusion = new int[labels.Length, labels.Length];
    }

    public int Total { get; private set; }

    public int Correct { get; private set; }

    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    /// <summary>How many utterances labelled <paramref name="expected"/> were routed to <paramref name="actual"/>.</summary>
    public int Count(string expected, string actual) => _confusion[Array.IndexOf(_labels, expected), Array.IndexOf(_labels, actual)];

    public double AccuracyOf(string label)
    {
        var i = Array.IndexOf(_labels, label);
        var row = Enumerable.Range(0, _labels.Length).Sum(j => _confusion[i, j]);
        return row == 0 ? 1 : (double)_confusion[i, i] / row;
    }

    public IEnumerable<string> LabelsPresent() =>
        _labels.Where((_, i) => Enumerable.Range(0, _labels.Length).Sum(j => _confusion[i, j]) > 0);

    /// <summary>Routes each utterance through <paramref name="route"/>; jobs outside the labels count as "other".</summary>
    public static RouteEvaluation Of(IEnumerable<LabelledUtterance> rows, Func<string, Intent> route)
    {
        var labels = RouteLabels.All.Select(l => l.Name).Append("other").ToArray();
        var evaluation = new RouteEvaluation(labels);
        foreach (var row in rows)
        {
            var intent = route(row.Text);
            var actual = RouteLabels.All.FirstOrDefault(l => l.Intent == intent).Name ?? "other";
            evaluation._confusion[Array.IndexOf(labels, row.Route), Array.IndexOf(labels, actual)]++;
            evaluation.Total++;
            if (actual == row.Route)
            {
                evaluation.Correct++;
            }
        }
        return evaluation;
    }

    public string Report(string title)
    {
        var present = LabelsPresent().ToList();
        var columns = _labels.Where(l => present.Contains(l) || Enumerable.Range(0, _labels.Length).Any(i => _confusion[i, Array.IndexOf(_labels, l)] > 0)).ToList();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{title}: {Accuracy:P1} ({Correct}/{Total})");
        text.AppendLine("expected \\ routed  " + string.Join(" ", columns.Select(c => Short(c).PadLeft(6))) + "   accuracy");
        foreach (var row in present)
        {
            var i = Array.IndexOf(_labels, row);
            text.Append(row.PadRight(18));
            foreach (var column in columns)
            {
                text.Append(CultureInfo.InvariantCulture, $" {_confusion[i, Array.IndexOf(_labels, column)],6}");
            }
            text.AppendLine(CultureInfo.InvariantCulture, $"   {AccuracyOf(row):P1}");
        }
        return text.ToString();
    }

    private static string Short(string label) => label.Length <= 6 ? label : label[..6];
}
