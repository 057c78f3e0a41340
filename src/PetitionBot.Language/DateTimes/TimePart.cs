namespace PetitionBot.Language.DateTimes;

/// <summary>A clock reading as said: hour 0–24 (not yet moved by 下午), minute, where it ends.</summary>
internal sealed record TimePart(int End, int Hour, int Minute, bool SaidInChineseOne = false);
