namespace PetitionBot.Language.Filling;

public enum FieldType
{
    Text,
    Number,
    PeopleCount,
    Date,
    DateTime,
    Choice,
    YesNo,
    Phone,
    IdNumber,
    PersonName,
    FreeList,
}
