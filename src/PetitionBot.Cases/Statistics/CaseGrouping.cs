namespace PetitionBot.Cases.Statistics;

/// <summary>What a statistic counts cases by.</summary>
public enum CaseGrouping
{
    /// <summary>One row for all matching cases.</summary>
    None,

    /// <summary>信访形式 (来访, 来信, 来电, 网上 …), kebab-case as stored.</summary>
    Form,

    /// <summary>内容分类 as written on the case (null when not given).</summary>
    Category,

    /// <summary>The case's status, kebab-case as stored.</summary>
    Status,

    /// <summary>The unit answerable for the case: its 责任单位 once there is one, else the unit that registered it.</summary>
    Unit,

    /// <summary>The day the case was received, as yyyy-MM-dd; weeks and months are summed from these.</summary>
    ReceivedDay,

    /// <summary>The petitioner's 满意度 (null until evaluated).</summary>
    Satisfaction,
}
