namespace NotebookRunner.Orchestration;

/// <summary>What is checked about the output folder before any notebook runs, so a bad one costs nothing and loses nothing.</summary>
public static class OutputChecks
{
    /// <summary>Where the executed copy of <paramref name="notebookPath"/> goes.</summary>
    public static string ExecutedPath(string outputDirectory, string notebookPath) =>
        Path.Combine(outputDirectory, "notebooks", Path.GetFileNameWithoutExtension(notebookPath) + ".ipynb");

    /// <summary>One-line errors: an executed copy that would overwrite its own or another source notebook, or a folder that cannot be written.</summary>
    public static IReadOnlyList<string> Problems(string outputDirectory, IReadOnlyList<string> notebooks)
    {
        var problems = new List<string>();
        var sources = notebooks.Where(File.Exists).ToDictionary(RealPath, path => path, StringComparer.Ordinal);
        foreach (string notebook in notebooks)
        {
            string target = ExecutedPath(outputDirectory, notebook);
            if (sources.TryGetValue(RealPath(target), out string? source))
                problems.Add($"{notebook}: its executed copy would be written to {target}, which is the source notebook {source} itself; choose another --output");
        }
        if (problems.Count == 0 && Unwritable(outputDirectory) is { } reason)
            problems.Add($"{outputDirectory}: the output folder cannot be used: {reason}");
        return problems;
    }

    /// <summary>The full path with symbolic links resolved, so two spellings of one file compare equal.</summary>
    static string RealPath(string path)
    {
        string full = Path.GetFullPath(path);
        try
        {
            string? directory = Path.GetDirectoryName(full);
            string resolvedDirectory = directory is null ? "" : new DirectoryInfo(directory).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? directory;
            string candidate = Path.Combine(resolvedDirectory, Path.GetFileName(full));
            return new FileInfo(candidate).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? candidate;
        }
        catch (IOException)
        {
            return full;
        }
    }

    /// <summary>Why nothing can be written under the folder, or null when a probe file could be written and removed.</summary>
    static string? Unwritable(string outputDirectory)
    {
        try
        {
            string notebooks = Path.Combine(outputDirectory, "notebooks");
            Directory.CreateDirectory(notebooks);
            string probe = Path.Combine(notebooks, $".write-probe.{Environment.ProcessId}.{Guid.NewGuid():N}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return error.Message;
        }
    }
}
