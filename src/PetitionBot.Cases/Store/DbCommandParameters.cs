using System.Data.Common;

namespace PetitionBot.Cases.Store;

/// <summary>Adds named parameters the same way for both providers.</summary>
internal static class DbCommandParameters
{
    public static void AddParameter(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
