namespace NotebookRunner.Orchestration;

/// <summary>Runs every notebook (one worker each, in order), writes summary.json.</summary>
public sealed class CourseRun(RunSettings settings, IRunProgress progress)
{
    public async Task<IReadOnlyList<NotebookRunResult>> RunAsync(IReadOnlyList<string> notebooks)
    {
        var results = new List<NotebookRunResult>();
        var written = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        WorkerProcess? warmed = null;
        for (int index = 0; index < notebooks.Count; index++)
        {
            string path = notebooks[index];
            string display = DisplayPath(path);
            progress.NotebookStarted(display, index + 1, notebooks.Count);
            string name = Path.GetFileNameWithoutExtension(path);
            WorkerProcess? worker = warmed;
            warmed = null;
            int next = index + 1;
            // Warm the next worker once this one is past its first cell: its cold start then overlaps this notebook,
            // yet it only ever sits idle while this notebook's cells run (cells of two notebooks never run at once).
            Action? warmNext = next < notebooks.Count && !HasEarlierSameName(notebooks, next)
                ? () => (warmed = new WorkerProcess(notebooks[next], settings.Worker)).StartWarm()
                : null;
            var result = written.TryGetValue(name, out string? first)
                ? SameName(path, display, first)
                : await RunOneAsync(path, display, worker, warmNext);
            written.TryAdd(name, display);
            results.Add(result);
            progress.NotebookFinished(result);
        }
        warmed?.Abandon();
        RunSummary.From(results, settings.Mode).Write(settings.OutputDirectory);
        return results;
    }

    /// <summary>A notebook that breaks the runner fails alone: the rest of the course still runs and the summary says why.</summary>
    async Task<NotebookRunResult> RunOneAsync(string path, string display, WorkerProcess? worker, Action? warmNext)
    {
        try
        {
            return await new NotebookJob(path, display, settings, progress, worker, warmNext).RunAsync();
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            worker?.Abandon();
            var result = new NotebookRunResult(Path.GetFileNameWithoutExtension(path), path);
            result.Problems.Add($"{display}: could not be run: {error.GetType().Name}: {error.Message.ReplaceLineEndings(" ")}");
            return result;
        }
    }

    static bool HasEarlierSameName(IReadOnlyList<string> notebooks, int index) =>
        notebooks.Take(index).Any(path => Path.GetFileNameWithoutExtension(path)
            .Equals(Path.GetFileNameWithoutExtension(notebooks[index]), StringComparison.OrdinalIgnoreCase));

    /// <summary>Executed copies are named after their notebook: a second notebook of the same name would overwrite the first.</summary>
    static NotebookRunResult SameName(string path, string display, string first)
    {
        var result = new NotebookRunResult(Path.GetFileNameWithoutExtension(path), path);
        result.Problems.Add($"{display}: not run, {first} has the same file name and its executed copy would be overwritten");
        return result;
    }

    /// <summary>Paths under the current folder are shown relative to it, as people typed them.</summary>
    static string DisplayPath(string path)
    {
        string full = Path.GetFullPath(path);
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) ? full : relative;
    }
}
