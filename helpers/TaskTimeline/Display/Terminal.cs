namespace TaskTimeline;

/// <summary>A notebook's display for terminals: what the lessons exported as file-based apps (<c>apps/NN-name.cs</c>) call.</summary>
public static class Terminal
{
    private static int _charts;

    /// <summary>
    /// Prints <paramref name="value"/> the way a notebook shows a cell's last expression, as text: a text Gantt for timelines and
    /// charts, the verdict for a check, <c>ToString()</c> otherwise. A timeline, snapshot or chart is also saved as an offline page
    /// (plotly.js embedded) in <c>out/&lt;app name&gt;/</c> beside the app, and its path printed.
    /// </summary>
    public static void Show(object? value) => Show(value, Console.Out, ChartFolder());

    internal static void Show(object? value, TextWriter output, string chartFolder)
    {
        // One snapshot for both the text and the page, so they agree about a timeline that is still recording.
        var chart = value switch
        {
            TimelineChart drawn => drawn,
            Timeline timeline => timeline.Snapshot().Gantt(),
            TimelineSnapshot snapshot => snapshot.Gantt(),
            _ => null,
        };
        output.WriteLine(chart?.ToString().TrimEnd() ?? value?.ToString() ?? "null");
        if (chart is null) return;
        var page = Path.Combine(chartFolder, $"chart-{Interlocked.Increment(ref _charts):00}.html");
        output.WriteLine($"chart: {chart.SaveHtml(page)}");
    }

    // `dotnet run app.cs` tells the app where its file is; anything else gets a folder named after it in the working folder.
    internal static string ChartFolder()
    {
        var app = AppContext.GetData("EntryPointFilePath") as string;
        var name = app is { Length: > 0 } ? Path.GetFileNameWithoutExtension(app) : System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name ?? "app";
        var folder = app is { Length: > 0 } ? Path.GetDirectoryName(Path.GetFullPath(app))! : Environment.CurrentDirectory;
        return Path.Combine(folder, "out", name);
    }
}
