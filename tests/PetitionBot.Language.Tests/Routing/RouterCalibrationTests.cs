using System.Globalization;
using PetitionBot.Language.Routing;

namespace PetitionBot.Language.Tests.Routing;

public sealed class RouterCalibrationTests
{
    [Fact]
    public void The_committed_temperature_is_the_one_cross_validation_finds_on_the_training_files()
    {
        var found = RouterTrainer.CalibrateTemperature(RoutingData.Training());
        var committed = RouterCalibration.Read().Temperature;
        Assert.True(Math.Abs(found - committed) < 0.001,
            string.Create(CultureInfo.InvariantCulture,
                $"The training files changed: set \"temperature\" in src/PetitionBot.Language/Routing/Training/{RouterCalibration.FileName} to {found} (it is {committed})."));
    }

    [Fact]
    public void Training_twice_gives_the_same_probabilities()
    {
        var rows = RoutingData.Training();
        var first = RouterTrainer.Train(rows, 1f);
        var second = RouterTrainer.Train(rows, 1f);
        var features = RouteFeatures.Extract("张三那个件到哪了");
        var a = new double[RouteLabels.Count];
        var b = new double[RouteLabels.Count];
        first.Predict(features, a);
        second.Predict(features, b);
        Assert.Equal(a, b);
    }
}
