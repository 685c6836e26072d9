namespace NotebookRunner.Execution;

/// <summary>Notices when a cell rewrote or deleted the notebook file being run (the source is not the runner's to lose).</summary>
sealed class SourceWatch(string path)
{
    (bool Exists, long Length, DateTime Written) last = Stamp(path);

    /// <summary>A warning when the file changed since the last call, else null.</summary>
    public string? Changed()
    {
        (bool Exists, long Length, DateTime Written) now = Stamp(path);
        if (now == last)
            return null;
        var before = last;
        last = now;
        return !now.Exists ? $"the cell deleted its own notebook file {path}"
            : !before.Exists ? $"the cell re-created its own notebook file {path}"
            : $"the cell changed its own notebook file {path}";
    }

    static (bool Exists, long Length, DateTime Written) Stamp(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? (true, file.Length, file.LastWriteTimeUtc) : (false, 0, default);
    }
}
