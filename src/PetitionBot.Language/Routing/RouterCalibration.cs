using System.Text.Json;

namespace PetitionBot.Language.Routing;

/// <summary>
/// The router's calibration, kept beside its training files (<c>calibration.json</c>): the softmax temperature found
/// by cross-validation. A test recomputes it from the training files and fails, naming the new value, when they change.
/// </summary>
public sealed record RouterCalibration(float Temperature)
{
    public const string FileName = "calibration.json";

    public static RouterCalibration Read()
    {
        var path = Path.Combine(TrainedRouter.TrainingPath, FileName);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return new RouterCalibration(json.RootElement.GetProperty("temperature").GetSingle());
    }
}
