using System.Net;
using System.Text.RegularExpressions;
using Ganss.Xss;
using Markdig;

namespace CallCenter.Knowledge;

/// <summary>
/// Markdown → HTML that is safe to show in the agents' browser. Editors may write raw HTML in Markdown (tables,
/// &lt;kbd&gt;), so the output goes through an allow-list sanitizer: scripts, event handlers, javascript: URLs and
/// styles that could overlay the page are removed. Rendered once when saved, never in the reader's request.
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
        return sanitizer;
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
