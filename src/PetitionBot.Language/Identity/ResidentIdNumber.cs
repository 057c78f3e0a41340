using System.Globalization;
using PetitionBot.Language.Text;

namespace PetitionBot.Language.Identity;

/// <summary>居民身份证号码 checks per GB 11643-1999 (18 characters) and the old 15-digit form.</summary>
public static class ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>The check character for the first 17 digits.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("Need exactly 17 digits.", nameof(first17));
        }
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(first17[i]))
            {
                throw new ArgumentException("Need digits only.", nameof(first17));
            }
            sum += (first17[i] - '0') * Weights[i];
        }
        return CheckCharacters[sum % 11];
    }

    /// <param name="input">As typed: full-width digits, spaces and a lower-case x are accepted.</param>
    /// <param name="today">The birth date may not be after this day.</param>
    public static ResidentIdCheck Check(string input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var id = new string(TextNormalizer.Fold(input).Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray()).ToUpperInvariant();
        if (id.Length is not (18 or 15))
        {
            return new ResidentIdCheck(id, ResidentIdProblem.WrongLength, $"身份证号应为18位，刚才是{id.Length}位。");
        }
        var body = id.Length == 18 ? id[..17] : id;
        if (!body.All(char.IsAsciiDigit) || (id.Length == 18 && !(char.IsAsciiDigit(id[17]) || id[17] == 'X')))
        {
            return new ResidentIdCheck(id, ResidentIdProblem.InvalidCharacters, id.Length == 18
                ? "身份证号只能是数字，最后一位可以是X。"
                : "15位的老身份证号只能是数字。");
        }
        var birthText = id.Length == 18 ? id.Substring(6, 8) : "19" + id.Substring(6, 6);
        if (!DateOnly.TryParseExact(birthText, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth) || birth.Year < 1880)
        {
            return new ResidentIdCheck(id, ResidentIdProblem.ImpossibleBirthDate, $"身份证号里的出生日期{birthText}不存在，请核对第{(id.Length == 18 ? "7到14" : "7到12")}位。");
        }
        if (birth > today)
        {
            return new ResidentIdCheck(id, ResidentIdProblem.FutureBirthDate, $"身份证号里的出生日期{birthText}还没到，请核对。");
        }
        if (id.Length == 18 && CheckCharacter(id.AsSpan(0, 17)) != id[17])
        {
            return new ResidentIdCheck(id, ResidentIdProblem.WrongCheckDigit, "身份证号校验不通过，可能有一位录错了，请逐位核对。");
        }
        var sequenceDigit = id.Length == 18 ? id[16] : id[14];
        return new ResidentIdCheck(id, ResidentIdProblem.None, null, birth, (sequenceDigit - '0') % 2 == 1);
    }
}
