using System.Net;
using System.Text.RegularExpressions;
using Ganss.Xss;
using Markdig;

namespace CallCenter.Knowledge;

/// <summary>
/// Markdown → HTML that is safe to show in the agents' browser. Editors may write raw HTML in Markdown (tables,
/// &lt;kbd&gt;), so the output goes through an allow-list sanitizer: scripts, event handlers, javascript: URLs and
/// styles that could overlay the page are removed. Images stay only when they are ours (uploaded into the knowledge
/// base, served by /api/knowledge/images/{id} to signed-in users): an outside image would tell its host who reads
/// which article and when, and could change after review. Rendered once when saved, never in the reader's request.
/// </summary>
public static partial class KnowledgeMarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string ToSafeHtml(string markdown) => Sanitizer.Sanitize(Markdown.ToHtml(markdown ?? "", Pipeline));

    /// <summary>What the index reads: the text without Markdown syntax or tags.</summary>
    public static string ToPlainText(string markdown)
    {
        var text = Markdown.ToPlainText(markdown ?? "", Pipeline);
        return WebUtility.HtmlDecode(Tags().Replace(text, " ")).Trim();
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto", "tel" }) sanitizer.AllowedSchemes.Add(scheme);
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Remove("srcset");
        sanitizer.PostProcessDom += (_, e) =>
        {
            // Whatever loads something by itself (src, srcset, poster) goes, except an <img> of our own.
            foreach (var element in e.Document.QuerySelectorAll("[src], [srcset], [poster], source, picture").ToList())
                if (!IsOwnImage(element)) element.Remove();
        };
        return sanitizer;
    }

    private static bool IsOwnImage(AngleSharp.Dom.IElement element) =>
        element.LocalName == "img" && !element.HasAttribute("srcset") && element.GetAttribute("src") is { } src && OwnImageUrl().IsMatch(src);

    [GeneratedRegex("^/api/knowledge/images/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex OwnImageUrl();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
