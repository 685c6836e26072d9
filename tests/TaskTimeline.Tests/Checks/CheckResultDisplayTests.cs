using System.Reflection;

namespace TaskTimeline.Tests.Checks;

public class CheckResultDisplayTests
{
    private static readonly CheckResult Unsolved = new("3 lanes overlap", false, "'Ginger' started at 4.00 s, after 'Masala' had ended at 2.00 s; total 6.00 s");

    /// <summary>Like the kernel: finds the attribute by name, creates the source, picks the formatter by mime type.</summary>
    private static string Display(object value, string mimeType)
    {
        var attribute = value.GetType().GetCustomAttributes().Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        var source = Activator.CreateInstance(sourceType)!;
        var formatters = (IEnumerable<object>)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!;
        var formatter = formatters.Single(f => (string)f.GetType().GetProperty("MimeType")!.GetValue(f)! == mimeType);
        var writer = new StringWriter();
        Assert.True((bool)formatter.GetType().GetMethod("Format")!.Invoke(formatter, [value, writer])!);
        return writer.ToString();
    }

    [Fact]
    public void Given_a_check_result_as_a_cells_last_value_When_displayed_as_text_Then_it_is_its_one_line()
    {
        Assert.Equal("❌ Not solved yet: 3 lanes overlap — 'Ginger' started at 4.00 s, after 'Masala' had ended at 2.00 s; total 6.00 s", Display(Unsolved, "text/plain"));
    }

    [Fact]
    public void Given_a_check_result_When_displayed_as_html_Then_the_line_is_encoded_in_one_element()
    {
        var html = Display(Unsolved, "text/html");

        Assert.StartsWith("<div class=\"task-timeline-check\"", html);
        Assert.Contains("&#39;Ginger&#39; started at 4.00 s", html);
        Assert.EndsWith("</div>", html);
    }

    [Fact]
    public void Given_a_check_result_When_asked_for_ToHtml_Then_it_is_what_the_kernel_formatter_shows()
    {
        var solved = Unsolved with { Passed = true };

        Assert.Equal(Display(Unsolved, "text/html"), Unsolved.ToHtml());
        Assert.Equal(Display(solved, "text/html"), solved.ToHtml());
        Assert.NotEqual(solved.ToHtml(), Unsolved.ToHtml());
    }

    [Fact]
    public void Given_a_check_result_When_shown_as_html_Then_a_word_says_the_verdict_where_no_emoji_font_draws_it_and_long_lines_wrap()
    {
        var solved = Unsolved with { Passed = true };

        Assert.Contains("<strong>NOT YET</strong> ❌ Not solved yet: 3 lanes overlap", Unsolved.ToHtml());
        Assert.Contains("<strong>PASS</strong> ✅ 3 lanes overlap", solved.ToHtml());
        Assert.Contains("white-space:pre-wrap", solved.ToHtml());
    }

    [Fact]
    public void Given_another_type_When_the_check_formatter_is_asked_Then_it_declines()
    {
        Assert.False(CheckResultFormatterSource.PlainText.Format("not a check", new StringWriter()));
        Assert.False(CheckResultFormatterSource.Html.Format(42, new StringWriter()));
    }
}
