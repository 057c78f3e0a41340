using ScottPlot;
using SkiaSharp;

namespace PetitionBot.Chat.Statistics.Charts;

/// <summary>
/// The font charts draw Chinese with: a configured file, or Debian's fonts-noto-cjk, found when the bot starts. A font
/// collection (.ttc) gives its Simplified Chinese face. Charts ask for it by <see cref="FamilyName"/>, which a resolver
/// added to ScottPlot's list answers; with none found charts are not drawn (the text reply goes alone).
/// </summary>
public sealed class ChartFont
{
    /// <summary>The name charts ask ScottPlot for; ours alone, so no system font of another name is taken instead.</summary>
    public const string FamilyName = "PetitionBot Chart CJK";

    /// <summary>Where Debian's fonts-noto-cjk (and its older layout) puts Noto Sans CJK.</summary>
    public static readonly IReadOnlyList<string> DebianFiles =
    [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf",
        "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc",
    ];

    /// <summary>Characters every chart label may use; a face missing any of them would draw boxes.</summary>
    public const string Sample = "信访量走势各单位超期率集体访重复来访人次件月周";

    public const string InstallHint = "apt-get install fonts-noto-cjk（或在 Statistics:ChartFontFile 配置一个含简体中文的字体文件）";

    private static readonly Lock Registration = new();
    private static ChartFont? _registered;

    private ChartFont(SKTypeface? typeface, string? file, string? problem)
    {
        Typeface = typeface;
        File = file;
        Problem = problem;
    }

    /// <summary>The face charts use; null when none was found.</summary>
    public SKTypeface? Typeface { get; }

    public string? File { get; }

    /// <summary>Why no font is available, in English for the start-up log.</summary>
    public string? Problem { get; }

    public bool IsAvailable => Typeface is not null;

    /// <summary>
    /// Finds the font (the configured file first, then Debian's) and registers it with ScottPlot. ScottPlot's font list
    /// is process-wide, so the first font found stays registered for the process.
    /// </summary>
    public static ChartFont Find(string? configuredFile)
    {
        lock (Registration)
        {
            if (_registered is { } done && (configuredFile is null || configuredFile == done.File))
                return done;
            var candidates = configuredFile is { Length: > 0 } ? [configuredFile, .. DebianFiles] : DebianFiles;
            var problems = new List<string>();
            foreach (var file in candidates)
            {
                if (!System.IO.File.Exists(file))
                {
                    problems.Add($"{file}: not found");
                    continue;
                }
                if (SimplifiedChineseFace(file) is { } face)
                {
                    var font = new ChartFont(face, file, null);
                    if (_registered is null)
                        Fonts.FontResolvers.Insert(0, new Resolver(face));
                    _registered ??= font;
                    return font;
                }
                problems.Add($"{file}: no face with every Chinese character charts use");
            }
            return new ChartFont(null, null, string.Join("; ", problems));
        }
    }

    /// <summary>The collection's Simplified Chinese face (Noto's "… SC"), else its first face that has every sample character.</summary>
    private static SKTypeface? SimplifiedChineseFace(string file)
    {
        SKTypeface? fallback = null;
        for (var index = 0; index < 16; index++)
        {
            var face = SKTypeface.FromFile(file, index);
            if (face is null)
                break;
            if (!HasAll(face))
            {
                face.Dispose();
                continue;
            }
            if (face.FamilyName.EndsWith(" SC", StringComparison.Ordinal))
            {
                fallback?.Dispose();
                return face;
            }
            if (fallback is null)
                fallback = face;
            else
                face.Dispose();
        }
        return fallback;
    }

    private static bool HasAll(SKTypeface face)
    {
        using var font = new SKFont(face);
        return font.ContainsGlyphs(Sample);
    }

    /// <summary>Answers ScottPlot's lookups of <see cref="FamilyName"/> (bold or not) with the one face.</summary>
    private sealed class Resolver(SKTypeface face) : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
            fontName == FamilyName ? face : null;

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            fontName == FamilyName ? face : null;
    }
}
