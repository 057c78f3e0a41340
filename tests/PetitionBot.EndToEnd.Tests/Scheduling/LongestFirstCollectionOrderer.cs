using PetitionBot.EndToEnd.Tests.Scheduling;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("PetitionBot.EndToEnd.Tests.Scheduling.LongestFirstCollectionOrderer", "PetitionBot.EndToEnd.Tests")]

namespace PetitionBot.EndToEnd.Tests.Scheduling;

/// <summary>
/// Starts the collections marked <see cref="LongRunningCollectionAttribute"/> first, the rest in xUnit's usual order.
/// Collections run as many at a time as there are cores, each to its end; a long one started last (the browser tests,
/// one class after another) leaves the other cores idle while it finishes alone.
/// </summary>
public sealed class LongestFirstCollectionOrderer : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections)
    {
        var usual = new DefaultTestCollectionOrderer().OrderTestCollections(testCollections).ToList();
        return usual.Where(IsLongRunning).Concat(usual.Where(c => !IsLongRunning(c)));
    }

    private static bool IsLongRunning(ITestCollection collection) =>
        collection.CollectionDefinition?.GetCustomAttributes(typeof(LongRunningCollectionAttribute)).Any() == true;
}

/// <summary>On a collection definition: this collection takes the longest, so it starts first.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class LongRunningCollectionAttribute : Attribute;
