using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace CourseSite.Tests;

/// <summary>
/// The site written from the fixture notebooks (two small executed lessons, one with charts, one ending in an error), so the
/// writer is tested without running any notebook. Their chart outputs say /*PLOTLY.JS*/ where the helper library puts
/// plotly.js; the real library is filled in here rather than committed twice.
/// </summary>
public sealed class FixtureSite : IDisposable
{
    public const string LibraryPlaceholder = "/*PLOTLY.JS*/";

    public FixtureSite()
    {
        Folder = Path.Combine(Path.GetTempPath(), "site-fixture-" + Guid.NewGuid().ToString("N")[..8]);
        Notebooks = CopyFixtures(Path.Combine(Folder, "notebooks"));
        SiteFolder = Path.Combine(Folder, "site");
        IndexPath = SiteWriter.Write(SiteFolder, Notebooks.Reverse().ToArray());
    }

    public static string FixturesFolder => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>Copies the fixtures into <paramref name="folder"/> with plotly.js filled in; returns the copies in name order.</summary>
    public static IReadOnlyList<string> CopyFixtures(string folder)
    {
        Directory.CreateDirectory(folder);
        return Directory.EnumerateFiles(FixturesFolder, "*.ipynb").Order(StringComparer.Ordinal).Select(source =>
        {
            var copy = Path.Combine(folder, Path.GetFileName(source));
            File.WriteAllText(copy, File.ReadAllText(source).Replace(LibraryPlaceholder, PlotlyJs.JsonStringContent.Value, StringComparison.Ordinal));
            return copy;
        }).ToArray();
    }

    /// <summary>The executed copies in name order (the writer gets them reversed, to prove it orders pages itself).</summary>
    public IReadOnlyList<string> Notebooks { get; }

    public string Folder { get; }
    public string SiteFolder { get; }
    public string IndexPath { get; }

    public string Read(string file) => File.ReadAllText(Path.Combine(SiteFolder, file));

    /// <summary>A page of the site as a browser's parser builds it.</summary>
    public IHtmlDocument Page(string file) => new HtmlParser().ParseDocument(Read(file));

    /// <summary>Set COURSE_TESTS_KEEP_OUTPUT=1 to keep the fixture site for a look after the tests.</summary>
    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("COURSE_TESTS_KEEP_OUTPUT") != "1")
            Directory.Delete(Folder, recursive: true);
    }
}

/// <summary>plotly.js as Plotly.NET embeds it: the same text the helper library's charts carry.</summary>
public static class PlotlyJs
{
    public static readonly Lazy<string> Source = new(() =>
    {
        var assembly = typeof(Plotly.NET.GenericChart).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(name => name.StartsWith("Plotly.NET.plotly-", StringComparison.Ordinal) && name.EndsWith(".min.js", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        return reader.ReadToEnd();
    });

    /// <summary>The library as it appears inside a JSON string (escaped), for filling in the fixtures' placeholder.</summary>
    public static readonly Lazy<string> JsonStringContent = new(() => System.Text.Json.JsonSerializer.Serialize(Source.Value)[1..^1]);
}
