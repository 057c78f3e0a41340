using PetitionBot.Language.Intents;

namespace PetitionBot.Language.Routing;

/// <summary>The jobs the trained router chooses between, and their names in the training files.</summary>
public static class RouteLabels
{
    public static readonly IReadOnlyList<(string Name, Intent Intent)> All =
    [
        ("log_visit", Intent.LogVisit),
        ("case_query", Intent.CaseQuery),
        ("case_action", Intent.CaseAction),
        ("regulation", Intent.RegulationQuestion),
        ("accountability", Intent.Accountability),
        ("reminders", Intent.Reminders),
        ("help", Intent.Help),
        ("smalltalk", Intent.Smalltalk),
    ];

    public static int Count => All.Count;

    public static int IndexOf(string name)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].Name == name)
            {
                return i;
            }
        }
        throw new ArgumentException($"Unknown route label '{name}'.", nameof(name));
    }

    public static Intent IntentAt(int index) => All[index].Intent;

    public static string NameOf(Intent intent) => All.First(l => l.Intent == intent).Name;
}
