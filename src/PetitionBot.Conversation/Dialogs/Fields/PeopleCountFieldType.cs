namespace PetitionBot.Conversation.Dialogs.Fields;

/// <summary>How many people came: a whole number shown with 人.</summary>
public sealed class PeopleCountFieldType : NumberFieldType
{
    public override string Name => "people-count";

    protected override string Unit => "人";
}
