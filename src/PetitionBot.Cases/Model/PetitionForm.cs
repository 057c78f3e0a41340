namespace PetitionBot.Cases.Model;

/// <summary>信访形式 (《信访工作条例》第十七条).</summary>
public enum PetitionForm
{
    Visit,
    Letter,
    Phone,
    Online,
    Fax,
}
