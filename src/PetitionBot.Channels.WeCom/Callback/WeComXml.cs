using System.Xml;
using System.Xml.Linq;

namespace PetitionBot.Channels.WeCom.Callback;

/// <summary>Parses WeCom's XML with DTDs prohibited and no resolver, so entity tricks (XXE, billion laughs) fail.</summary>
internal static class WeComXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersInDocument = 1024 * 1024,
    };

    /// <summary>The root element, or null when <paramref name="xml"/> is not well formed or declares a DTD.</summary>
    public static XElement? TryParseRoot(string xml)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Settings);
            return XElement.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>The text of a direct child element (CDATA or not), or null when it is absent.</summary>
    public static string? Child(XElement root, string name) => root.Element(name)?.Value;
}
