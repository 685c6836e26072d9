namespace NotebookRunner.Packages;

/// <summary>The outcome of restoring a notebook's package set.</summary>
/// <param name="Packages">Every package in the resolved graph, with the version NuGet chose.</param>
/// <param name="RuntimeAssemblies">Full paths of the runtime assemblies of all of them.</param>
/// <param name="FromCache">True when an earlier restore of the same set was reused.</param>
public sealed record RestoredPackages(IReadOnlyList<RestoredPackage> Packages, IReadOnlyList<string> RuntimeAssemblies, bool FromCache)
{
    public string VersionOf(string id) =>
        Packages.FirstOrDefault(package => package.Id.Equals(id, StringComparison.OrdinalIgnoreCase))?.Version ?? "?";
}

/// <summary>A package id and the version NuGet resolved.</summary>
public sealed record RestoredPackage(string Id, string Version);
