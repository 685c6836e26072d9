using NotebookRunner.Site;

namespace Course.Tests.Site;

/// <summary>
/// The site written from this folder's fixture notebooks (two small executed lessons, one with charts), so the site writer
/// is tested without running any notebook. Their chart outputs say /*PLOTLY.JS*/ where the helper library puts plotly.js;
/// the real library is filled in here rather than committed twice.
/// </summary>
public sealed class FixtureSite : IDisposable
{
    public const string LibraryPlaceholder = "/*PLOTLY.JS*/";

    public FixtureSite()
    {
        Folder = Path.Combine(Path.GetTempPath(), "site-fixture-" + Guid.NewGuid().ToString("N")[..8]);
        var executed = Directory.CreateDirectory(Path.Combine(Folder, "notebooks")).FullName;
        Pages = Directory.EnumerateFiles(FixturesFolder, "*.ipynb").Order(StringComparer.Ordinal).Select((source, index) =>
        {
            var copy = Path.Combine(executed, Path.GetFileName(source));
            File.WriteAllText(copy, File.ReadAllText(source).Replace(LibraryPlaceholder, PlotlyJs.JsonStringContent.Value, StringComparison.Ordinal));
            return new SitePage(copy, source, TimeSpan.FromMilliseconds(1500 + 61_000 * index), Passed: index == 0);
        }).Reverse().ToArray();
        SiteFolder = Path.Combine(Folder, "site");
        IndexPath = CourseSite.Write(SiteFolder, Pages);
    }

    public static string FixturesFolder => Path.Combine(AppContext.BaseDirectory, "Site", "Fixtures");

    /// <summary>Handed to the writer in reverse order, to prove it orders pages by source file name.</summary>
    public IReadOnlyList<SitePage> Pages { get; }

    public string Folder { get; }
    public string SiteFolder { get; }
    public string IndexPath { get; }

    public string Read(string file) => File.ReadAllText(Path.Combine(SiteFolder, file));

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
