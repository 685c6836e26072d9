using System.Reflection;

namespace Course.Tests;

/// <summary>Where the course repository and the tools' build output are, for tests that run the real tools.</summary>
public sealed class RepositoryLayout
{
    RepositoryLayout(string root, string artifacts)
    {
        Root = root;
        Artifacts = artifacts;
    }

    /// <summary>The folder holding Course.slnx.</summary>
    public string Root { get; }

    /// <summary>The artifacts folder this test assembly was built into (a custom --artifacts-path included).</summary>
    public string Artifacts { get; }

    public string Notebooks => Path.Combine(Root, "notebooks");

    public static RepositoryLayout Locate()
    {
        var root = FindRoot(AppContext.BaseDirectory) ?? FindRoot(BuildMetadata("RepoRoot") ?? "")
            ?? throw new InvalidOperationException($"No Course.slnx above {AppContext.BaseDirectory} or the build's RepoRoot '{BuildMetadata("RepoRoot")}'.");
        var artifacts = BuildMetadata("ArtifactsPath") is { Length: > 0 } built ? built : Path.Combine(root, "artifacts");
        return new RepositoryLayout(root, Path.GetFullPath(artifacts));
    }

    /// <summary>The runner built alongside these tests.</summary>
    public string RunnerDll() => ToolDll("NotebookRunner");

    /// <summary>The site builder built alongside these tests.</summary>
    public string CourseSiteDll() => ToolDll("CourseSite");

    /// <summary>
    /// A tool of tools/ built alongside these tests (the test project references it, so it is built first, into the same
    /// artifacts folder and configuration); any other configuration's build is the fallback.
    /// </summary>
    string ToolDll(string name)
    {
        var bin = Path.Combine(Artifacts, "bin", name);
        var sameConfiguration = Path.Combine(bin, (BuildMetadata("Configuration") ?? "debug").ToLowerInvariant(), name + ".dll");
        if (File.Exists(sameConfiguration))
            return sameConfiguration;
        var any = Directory.Exists(bin)
            ? Directory.EnumerateFiles(bin, name + ".dll", SearchOption.AllDirectories).OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            : null;
        return any ?? throw new FileNotFoundException($"{name}.dll not found under {bin}; build tests/Course.Tests (it builds the tools first).");
    }

    static string? FindRoot(string start)
    {
        for (var folder = start.Length > 0 ? new DirectoryInfo(start) : null; folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Course.slnx")))
                return folder.FullName;
        }
        return null;
    }

    static string? BuildMetadata(string key) =>
        typeof(RepositoryLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(attribute => attribute.Key == key)?.Value;
}
