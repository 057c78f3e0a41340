namespace PetitionBot.Cases.Model;

/// <summary>满意度 given by the petitioner after the reply.</summary>
public enum Satisfaction
{
    Satisfied,
    BasicallySatisfied,
    Dissatisfied,
}
