using AngleSharp.Html.Parser;
using CourseSite.Rendering;

namespace CourseSite.Tests.Rendering;

public sealed class CSharpHighlighterTests
{
    [Fact]
    public void Given_a_cell_with_each_kind_of_token_When_highlighted_Then_each_gets_its_class()
    {
        var tokens = Tokens(CSharpHighlighter.ToHtml("var n = 42; // answer\nstring s = $\"{n:F1} cups\";"));

        Assert.Equal(
            [("keyword", "var"), ("identifier", "n"), ("number", "42"), ("comment", "// answer"),
             ("keyword", "string"), ("identifier", "s"), ("string", "$\""), ("identifier", "n"), ("string", " cups"), ("string", "\"")],
            tokens);
    }

    [Fact]
    public void Given_contextual_keywords_When_highlighted_Then_they_are_keywords_only_where_they_act_as_such()
    {
        var tokens = Tokens(CSharpHighlighter.ToHtml("async Task Brew() { var var = 1; await Task.Yield(); }"));

        Assert.Equal(
            [("keyword", "async"), ("type", "Task"), ("method", "Brew"), ("keyword", "var"), ("identifier", "var"), ("number", "1"),
             ("keyword", "await"), ("identifier", "Task"), ("method", "Yield")],
            tokens);
    }

    [Fact]
    public void Given_markup_characters_in_code_When_highlighted_Then_they_stay_text()
    {
        const string code = "if (a < b && c > d) x = \"<b>\";";

        var fragment = Parse(CSharpHighlighter.ToHtml(code));

        Assert.Equal(code, fragment.TextContent);
        Assert.Empty(fragment.QuerySelectorAll("b"));
        Assert.Contains(("string", "\"<b>\""), Tokens(CSharpHighlighter.ToHtml(code)));
    }

    [Fact]
    public void Given_code_that_does_not_parse_When_highlighted_Then_every_character_is_kept()
    {
        const string broken = "await Task.Delay(  /* unterminated\n\"also";

        Assert.Equal(broken, Parse(CSharpHighlighter.ToHtml(broken)).TextContent);
    }

    static AngleSharp.Dom.IElement Parse(string html) => new HtmlParser().ParseDocument($"<pre><code>{html}</code></pre>").QuerySelector("code")!;

    static (string Kind, string Text)[] Tokens(string html) =>
        Parse(html).QuerySelectorAll("span").Select(span => (span.ClassName!["tok-".Length..], span.TextContent)).ToArray();
}
