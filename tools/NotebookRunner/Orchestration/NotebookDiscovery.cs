namespace NotebookRunner.Orchestration;

/// <summary>Turns the command line's files and folders into the notebooks to run, in a stable order.</summary>
public static class NotebookDiscovery
{
    /// <summary>Files as given (even missing ones, so they are reported); folders searched recursively for *.ipynb.</summary>
    public static IReadOnlyList<string> Find(IEnumerable<string> paths, string outputDirectory) => Find(paths, outputDirectory, out _);

    /// <param name="skippedInOutput">How many notebooks were left out because they lie inside the output folder.</param>
    public static IReadOnlyList<string> Find(IEnumerable<string> paths, string outputDirectory, out int skippedInOutput)
    {
        skippedInOutput = 0;
        string output = Path.GetFullPath(outputDirectory) + Path.DirectorySeparatorChar;
        var found = new List<string>();
        foreach (string path in paths)
        {
            if (!Directory.Exists(path))
            {
                found.Add(path);
                continue;
            }
            var candidates = Directory.EnumerateFiles(path, "*.ipynb", SearchOption.AllDirectories)
                .Where(file => !IsHiddenOrCheckpoint(Path.GetRelativePath(path, file)))
                .ToArray();
            var kept = candidates.Where(file => !Path.GetFullPath(file).StartsWith(output, StringComparison.Ordinal)).ToArray();
            skippedInOutput += candidates.Length - kept.Length;
            found.AddRange(kept.Order(StringComparer.Ordinal));
        }
        return found.Distinct().ToArray();
    }

    static bool IsHiddenOrCheckpoint(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.') || part == ".ipynb_checkpoints");
}
