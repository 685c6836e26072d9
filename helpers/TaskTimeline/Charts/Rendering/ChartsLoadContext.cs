using System.IO.Compression;
using System.Reflection;
using System.Runtime.Loader;

namespace TaskTimeline.Charts.Rendering;

/// <summary>
/// A private load context holding TaskTimeline.Charts and its own Plotly.NET, FSharp.Core 10.1, Newtonsoft.Json, …, read
/// from the zip embedded in TaskTimeline.dll. Whatever the host already loaded (the .NET Interactive kernel holds
/// FSharp.Core 10.0) stays in its own context; the two never meet because only strings cross.
/// </summary>
internal sealed class ChartsLoadContext : AssemblyLoadContext
{
    private const string BundleResource = "TaskTimeline.Charts.zip";
    private readonly Dictionary<string, byte[]> _images;

    private ChartsLoadContext(Dictionary<string, byte[]> images) : base("TaskTimeline.Charts") => _images = images;

    /// <summary>Unpacks the embedded bundle into memory.</summary>
    public static ChartsLoadContext FromEmbeddedBundle()
    {
        var host = typeof(ChartsLoadContext).Assembly;
        using var stream = host.GetManifestResourceStream(BundleResource)
            ?? throw new InvalidOperationException($"{host.GetName().Name}.dll has no embedded '{BundleResource}'; it was built without TaskTimeline.Charts.");
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        var images = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
        {
            using var source = entry.Open();
            var image = new byte[entry.Length];
            source.ReadExactly(image);
            images[Path.GetFileNameWithoutExtension(entry.FullName)] = image;
        }
        return new ChartsLoadContext(images);
    }

    /// <summary>Names of the bundled assemblies.</summary>
    public IReadOnlyCollection<string> BundledAssemblies => _images.Keys;

    /// <summary>Loads a bundled assembly by simple name.</summary>
    public Assembly LoadBundled(string name) => LoadFromAssemblyName(new AssemblyName(name));

    // Bundled names resolve here first, so Plotly.NET binds to the bundled FSharp.Core even if the host has another;
    // everything else (the BCL, System.Text.Json) falls through to the default context.
    protected override Assembly? Load(AssemblyName assemblyName) =>
        assemblyName.Name is { } name && _images.TryGetValue(name, out var image) ? LoadFromStream(new MemoryStream(image, writable: false)) : null;
}
