namespace NotebookRunner.Packages;

/// <summary>The kernel's known failures, with the reasons the learner would see.</summary>
public static class KernelCompatibility
{
    public const string PlotlyReason =
        "Plotly.NET cannot be loaded into the notebook: it needs FSharp.Core 10.1.0.0 and the .NET Interactive kernel already has "
        + "FSharp.Core 10.0.0.0 loaded, so in VS Code the first chart fails (FileNotFoundException 'FSharp.Core, Version=10.1.0.0'). "
        + "Draw charts through TaskTimeline, which loads Plotly.NET into its own AssemblyLoadContext.";

    public const string RelativeSourceReason =
        "#i needs an absolute path or URL: the .NET Interactive kernel rejects a relative package source ('Invalid URI: The format "
        + "of the URI could not be determined') and every later #r \"nuget:\" in the notebook fails";

    public const string BrokenByRelativeSourceReason =
        "#r \"nuget:\" after a relative #i fails in the .NET Interactive kernel (the package source list is broken for the rest of the notebook)";

    public static bool IsPlotly(string assemblyOrPackageName) =>
        assemblyOrPackageName.Equals("Plotly.NET", StringComparison.OrdinalIgnoreCase)
        || assemblyOrPackageName.StartsWith("Plotly.NET.", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for an absolute path or absolute URL (what the kernel's #i accepts).</summary>
    public static bool IsAbsoluteSource(string source) =>
        Path.IsPathFullyQualified(source) || (Uri.TryCreate(source, UriKind.Absolute, out var uri) && !uri.IsFile && uri.Scheme.Length > 1);
}
