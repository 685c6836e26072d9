using System.Reflection;

namespace TaskTimeline.Charts.Rendering;

/// <summary>Calls TaskTimeline.Charts in its private load context through a strings-only delegate, loaded once per process.</summary>
internal static class PlotlyBridge
{
    private static readonly Lazy<Func<string, string, string>> Entry = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<string> Library = new(() => Invoke("plotly.js", ""));

    /// <summary>Plotly figure JSON (data, layout, frames) for a chart spec.</summary>
    public static string FigureJson(string specJson) => Invoke("figure", specJson);

    /// <summary>The plotly.js source bundled with Plotly.NET (about 3.6 MB).</summary>
    public static string PlotlyJs => Library.Value;

    private static string Invoke(string operation, string argument) => Entry.Value(operation, argument);

    private static Func<string, string, string> Load()
    {
        var context = ChartsLoadContext.FromEmbeddedBundle();
        var charts = context.LoadBundled("TaskTimeline.Charts");
        var method = charts.GetType("TaskTimeline.Charts.PlotlyEntry", throwOnError: true)!
            .GetMethod("Invoke", BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(string)])
            ?? throw new MissingMethodException("TaskTimeline.Charts.PlotlyEntry", "Invoke(string, string)");
        return method.CreateDelegate<Func<string, string, string>>();
    }
}
