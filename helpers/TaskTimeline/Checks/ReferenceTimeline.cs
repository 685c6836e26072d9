namespace TaskTimeline;

/// <summary>Reference runs recorded on a real machine and kept in the course's <c>data/</c> folder, drawn beside the learner's own run.</summary>
public static class ReferenceTimeline
{
    /// <summary>Reads <c>data/<paramref name="name"/>.json</c>, found in the first <c>data</c> folder above the working directory or above this library.</summary>
    /// <param name="name">The file name, with or without ".json", e.g. "03-whenall".</param>
    /// <exception cref="FileNotFoundException">No data folder above holds the file.</exception>
    public static TimelineSnapshot Load(string name) =>
        Load(name, [Environment.CurrentDirectory, Path.GetDirectoryName(typeof(ReferenceTimeline).Assembly.Location) ?? ""]);

    internal static TimelineSnapshot Load(string name, IEnumerable<string> searchFrom)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var file = name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? name : name + ".json";
        var searched = new List<string>();
        foreach (var start in searchFrom.Where(s => s.Length > 0))
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var data = Path.Combine(dir.FullName, "data");
                var path = Path.Combine(data, file);
                if (File.Exists(path)) return TimelineJson.ReadFile(path);
                if (Directory.Exists(data)) searched.Add(data);
            }
        }
        throw new FileNotFoundException($"Reference timeline '{file}' was not found in any data/ folder above the notebook (searched: {(searched.Count == 0 ? "none found" : string.Join(", ", searched.Distinct()))}).", file);
    }
}
