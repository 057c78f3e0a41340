namespace PetitionBot.Cases.Deadlines;

/// <summary>Shape of regulations/deadline-policy*.json.</summary>
internal sealed class DeadlinePolicyFile
{
    public string? DefaultJurisdiction { get; set; }
    public int? YellowWorkingDays { get; set; }
    public List<JurisdictionEntry> Jurisdictions { get; set; } = [];
    public List<RuleEntry> Rules { get; set; } = [];

    internal sealed class JurisdictionEntry
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string? FallsBackTo { get; set; }
    }

    internal sealed class RuleEntry
    {
        public string Jurisdiction { get; set; } = "";
        public DeadlineStep? Step { get; set; }
        public string Due { get; set; } = "";
        public int? Days { get; set; }
        public int? WorkingDays { get; set; }
        public ClockEvent? Starts { get; set; }
        public DeadlineParty Party { get; set; } = DeadlineParty.Office;
        public string Citation { get; set; } = "";
    }
}
