using NotebookRunner.Site.Rendering;

namespace Course.Tests.Site.Rendering;

public sealed class CSharpHighlighterTests
{
    [Fact]
    public void Given_a_cell_with_each_kind_of_token_When_highlighted_Then_each_gets_its_class()
    {
        var html = CSharpHighlighter.ToHtml("var n = 42; // answer\nstring s = $\"{n:F1} cups\";");

        Assert.Equal(
            "<span class=\"tok-keyword\">var</span> <span class=\"tok-identifier\">n</span> = <span class=\"tok-number\">42</span>; "
            + "<span class=\"tok-comment\">// answer</span>\n"
            + "<span class=\"tok-keyword\">string</span> <span class=\"tok-identifier\">s</span> = <span class=\"tok-string\">$&quot;</span>"
            + "{<span class=\"tok-identifier\">n</span>:F1}<span class=\"tok-string\"> cups</span><span class=\"tok-string\">&quot;</span>;",
            html);
    }

    [Fact]
    public void Given_contextual_keywords_When_highlighted_Then_they_are_keywords_only_where_they_act_as_such()
    {
        var html = CSharpHighlighter.ToHtml("async Task Brew() { var var = 1; await Task.Yield(); }");

        Assert.Equal(
            "<span class=\"tok-keyword\">async</span> <span class=\"tok-type\">Task</span> <span class=\"tok-method\">Brew</span>() { "
            + "<span class=\"tok-keyword\">var</span> <span class=\"tok-identifier\">var</span> = <span class=\"tok-number\">1</span>; "
            + "<span class=\"tok-keyword\">await</span> <span class=\"tok-identifier\">Task</span>.<span class=\"tok-method\">Yield</span>(); }",
            html);
    }

    [Fact]
    public void Given_markup_characters_in_code_When_highlighted_Then_they_are_escaped()
    {
        var html = CSharpHighlighter.ToHtml("if (a < b && c > d) x = \"<b>\";");

        Assert.Equal(
            "<span class=\"tok-keyword\">if</span> (<span class=\"tok-identifier\">a</span> &lt; <span class=\"tok-identifier\">b</span> &amp;&amp; "
            + "<span class=\"tok-identifier\">c</span> &gt; <span class=\"tok-identifier\">d</span>) <span class=\"tok-identifier\">x</span> = "
            + "<span class=\"tok-string\">&quot;&lt;b&gt;&quot;</span>;",
            html);
    }

    [Fact]
    public void Given_code_that_does_not_parse_When_highlighted_Then_every_character_is_kept()
    {
        const string broken = "await Task.Delay(  /* unterminated\n\"also";

        var html = CSharpHighlighter.ToHtml(broken);

        Assert.Equal(broken, System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", "")));
    }
}
