using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CourseSite.Rendering;

/// <summary>Markdown cells to HTML with Markdig (tables, code fences, auto heading ids); C# fences are highlighted like code cells.</summary>
public static class MarkdownRenderer
{
    static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>Renders markdown; <paramref name="siteNotebooks"/> (file names) turns links to those notebooks into links to their pages.</summary>
    public static string ToHtml(string markdown, IReadOnlySet<string>? siteNotebooks = null)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        if (siteNotebooks is { Count: > 0 })
        {
            foreach (var link in document.Descendants<LinkInline>())
                link.Url = PageUrl(link.Url, siteNotebooks);
        }
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.ReplaceOrAdd<CodeBlockRenderer>(new HighlightingCodeBlockRenderer());
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>"02-sleep-vs-delay.ipynb#goal" → "02-sleep-vs-delay.html#goal" when that notebook (or markdown page) is on the site; any other URL as is.</summary>
    static string? PageUrl(string? url, IReadOnlySet<string> siteNotebooks)
    {
        if (url is null || url.Contains("://", StringComparison.Ordinal))
            return url;
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var (path, fragment) = hash < 0 ? (url, "") : (url[..hash], url[hash..]);
        var name = Path.GetFileName(Uri.UnescapeDataString(path));
        return (path.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) && siteNotebooks.Contains(name)
            ? SiteFiles.PageFor(name) + fragment
            : url;
    }

    /// <summary>The text of the first level-1 heading, or null when there is none.</summary>
    public static string? FirstHeading(string markdown) =>
        Markdown.Parse(markdown, Pipeline).Descendants<HeadingBlock>().FirstOrDefault(heading => heading.Level == 1) is { Inline: { } inline }
            ? PlainText(inline)
            : null;

    /// <summary>The text of the first paragraph (markup removed, lines joined), or null when there is none.</summary>
    public static string? FirstParagraph(string markdown) =>
        Markdown.Parse(markdown, Pipeline).Descendants<ParagraphBlock>().FirstOrDefault() is { Inline: { } inline }
            ? PlainText(inline)
            : null;

    static string PlainText(ContainerInline container)
    {
        var text = new System.Text.StringBuilder();
        Append(container, text);
        return string.Join(' ', text.ToString().Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

        static void Append(Inline inline, System.Text.StringBuilder text)
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append(' '); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.ToString()); break;
                case ContainerInline children:
                    foreach (var child in children)
                        Append(child, text);
                    break;
            }
        }
    }

    /// <summary>Fenced blocks marked csharp/cs/c# go through <see cref="CSharpHighlighter"/>; the rest render as Markdig does.</summary>
    sealed class HighlightingCodeBlockRenderer : HtmlObjectRenderer<CodeBlock>
    {
        static readonly string[] CSharpInfos = ["csharp", "cs", "c#", "csx"];
        readonly CodeBlockRenderer plain = new();

        protected override void Write(HtmlRenderer renderer, CodeBlock block)
        {
            if (block is FencedCodeBlock { Info: { } info } && CSharpInfos.Contains(info.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                renderer.EnsureLine();
                renderer.Write("<pre class=\"code\"><code class=\"language-csharp\">")
                    .Write(CSharpHighlighter.ToHtml(block.Lines.ToString()))
                    .WriteLine("</code></pre>");
                return;
            }
            ((IMarkdownObjectRenderer)plain).Write(renderer, block);
        }
    }
}
