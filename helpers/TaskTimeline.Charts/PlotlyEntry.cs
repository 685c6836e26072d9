using System.Reflection;
using Plotly.NET;
using TaskTimeline.Charts.Figures;
using TaskTimeline.Charts.Spec;

namespace TaskTimeline.Charts;

/// <summary>
/// The one entry point TaskTimeline calls across the load-context boundary; plain strings only, so no Plotly.NET or
/// FSharp.Core type ever reaches the caller's context.
/// </summary>
public static class PlotlyEntry
{
    /// <summary>Runs <paramref name="operation"/>: "figure" (chart spec JSON → Plotly figure JSON) or "plotly.js" (the bundled library source).</summary>
    public static string Invoke(string operation, string argument) => operation switch
    {
        "figure" => GenericChart.toFigureJson(FigureBuilder.Build(ChartSpec.FromJson(argument))),
        "plotly.js" => PlotlyLibrary.Source.Value,
        "plotly.js version" => PlotlyLibrary.Version.Value,
        _ => throw new ArgumentException($"Unknown chart operation '{operation}'; expected 'figure', 'plotly.js' or 'plotly.js version'.", nameof(operation)),
    };
}

/// <summary>plotly.js as shipped inside Plotly.NET.dll, so charts draw offline.</summary>
internal static class PlotlyLibrary
{
    private static readonly Assembly PlotlyNet = typeof(GenericChart).Assembly;

    private static string ResourceName => PlotlyNet.GetManifestResourceNames().FirstOrDefault(n => n.StartsWith("Plotly.NET.plotly-", StringComparison.Ordinal) && n.EndsWith(".min.js", StringComparison.Ordinal))
        ?? throw new InvalidOperationException("Plotly.NET.dll carries no embedded plotly-*.min.js resource.");

    public static readonly Lazy<string> Source = new(() =>
    {
        using var stream = PlotlyNet.GetManifestResourceStream(ResourceName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static readonly Lazy<string> Version = new(() => ResourceName["Plotly.NET.plotly-".Length..^".min.js".Length]);
}
