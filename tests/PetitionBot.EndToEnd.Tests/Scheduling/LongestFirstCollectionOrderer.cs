using PetitionBot.EndToEnd.Tests.Scheduling;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("PetitionBot.EndToEnd.Tests.Scheduling.LongestFirstCollectionOrderer", "PetitionBot.EndToEnd.Tests")]

namespace PetitionBot.EndToEnd.Tests.Scheduling;

/// <summary>
/// Starts what is marked <see cref="LongRunningAttribute"/> first: collection definitions (the browser tests, one
/// class after another), then test classes, then the rest in xUnit's usual order. Collections run as many at a time
/// as there are cores, each to its end, so a long one started last keeps the run going while the other cores idle.
/// </summary>
public sealed class LongestFirstCollectionOrderer : ITestCollectionOrderer
{
    // xUnit v2 names a class's own collection after the class.
    private const string ClassCollectionPrefix = "Test collection for ";

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        new DefaultTestCollectionOrderer().OrderTestCollections(testCollections)
            .Select((collection, index) => (collection, index))
            .OrderBy(c => Rank(c.collection))
            .ThenBy(c => c.index)
            .Select(c => c.collection)
            .ToList();

    private static int Rank(ITestCollection collection)
    {
        if (collection.CollectionDefinition is { } definition)
            return definition.GetCustomAttributes(typeof(LongRunningAttribute)).Any() ? 0 : 2;
        var name = collection.DisplayName.StartsWith(ClassCollectionPrefix, StringComparison.Ordinal)
            ? collection.DisplayName[ClassCollectionPrefix.Length..]
            : null;
        var type = name is null ? null : typeof(LongestFirstCollectionOrderer).Assembly.GetType(name);
        return type?.IsDefined(typeof(LongRunningAttribute), inherit: false) == true ? 1 : 2;
    }
}

/// <summary>On a collection definition or a test class: it takes long (host restarts, several processes, a browser), so it starts early.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class LongRunningAttribute : Attribute;
