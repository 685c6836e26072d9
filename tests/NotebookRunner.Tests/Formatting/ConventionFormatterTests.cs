using NotebookRunner.Formatting;

namespace NotebookRunner.Tests.Formatting;

[AttributeUsage(AttributeTargets.Class)]
sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    public Type FormatterSourceType { get; } = formatterSourceType;
    public string[] PreferredMimeTypes { get; set; } = [];
}

sealed class GaugeFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters() => [new GaugeFormatter("text/plain", "gauge {0}"), new GaugeFormatter("text/html", "<meter value=\"{0}\"></meter>"), new GaugeFormatter("application/json", "declined")];
}

sealed class GaugeFormatter(string mimeType, string template)
{
    public string MimeType { get; } = mimeType;

    public bool Format(object instance, TextWriter writer)
    {
        if (template == "declined")
            return false;
        writer.Write(template, ((Gauge)instance).Value);
        return true;
    }
}

[TypeFormatterSource(typeof(GaugeFormatterSource), PreferredMimeTypes = ["text/html"])]
class Gauge(int value)
{
    public int Value { get; } = value;
}

sealed class BigGauge(int value) : Gauge(value);

sealed class Plain;

public sealed class ConventionFormatterTests
{
    [Fact]
    public void Given_a_type_with_the_formatter_convention_when_formatted_then_each_accepted_mime_type_is_produced_html_first()
    {
        var data = ConventionFormatter.Format(new Gauge(7));

        Assert.Equal(["text/html", "text/plain"], data.Keys);
        Assert.Equal("<meter value=\"7\"></meter>", data["text/html"]);
        Assert.Equal("gauge 7", data["text/plain"]);
    }

    [Fact]
    public void Given_a_subclass_when_formatted_then_the_base_types_convention_applies()
    {
        Assert.Equal("gauge 9", ConventionFormatter.Format(new BigGauge(9))["text/plain"]);
    }

    [Theory]
    [InlineData(null, "<null>")]
    [InlineData("as is", "as is")]
    [InlineData(42, "42")]
    public void Given_plain_values_when_formatted_then_only_text_plain_is_produced(object? value, string expected)
    {
        var data = ConventionFormatter.Format(value);

        Assert.Equal(["text/plain"], data.Keys);
        Assert.Equal(expected, data["text/plain"]);
    }

    [Fact]
    public void Given_collections_and_objects_without_ToString_when_formatted_then_csharp_notation_is_used()
    {
        Assert.Equal("List<int>(2) { 1, 2 }", ConventionFormatter.PlainText(new List<int> { 1, 2 }));
        Assert.Equal("Plain { }", ConventionFormatter.PlainText(new Plain()));
    }
}
