using System.Text.RegularExpressions;

namespace PetitionBot.Regulations.Llm;

/// <summary>
/// Article references in <see cref="NormalForm"/> text, as chains of (number, kind): 第4条第(12)项 → [4条, 12项].
/// Written forms covered once normalised: 第十二条, 第 12 条, 第12条, 十二条, 12条, 第（二）项, 第二款, 第三章.
/// </summary>
public static partial class ArticleReferences
{
    public static IReadOnlyList<IReadOnlyList<string>> Chains(string normal) =>
        Chain().Matches(normal).Select(m => (IReadOnlyList<string>)Piece().Matches(m.Value).Select(Canonical).ToList()).ToList();

    /// <summary>The text with every reference removed, so its numbers are not read again as quantities.</summary>
    public static string Strip(string normal) => Chain().Replace(normal, "§");

    private static string Canonical(Match piece) =>
        piece.Groups["item"].Success ? piece.Groups["item"].Value + "项" : piece.Groups["n"].Value + piece.Groups["kind"].Value;

    private const string PiecePattern = @"第?\((?<item>\d+)\)项?|第(?<n>\d+)(?<kind>条|款|项|章|节|点)|(?<n>\d+)(?<kind>条)";

    [GeneratedRegex(PiecePattern)]
    private static partial Regex Piece();

    [GeneratedRegex("(?:" + PiecePattern + ")+")]
    private static partial Regex Chain();
}
