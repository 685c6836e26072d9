using System.Text.Json;
using System.Text.Json.Nodes;

namespace TaskTimeline.Benchmarks.Figures;

/// <summary>
/// The intrinsic time of each lesson (course-waits.json): designed waits on each cell's critical path plus CPU work measured
/// here as jobs of the lessons' own CountPrimes(2,000,000). Checked against the notebooks so it cannot silently drift.
/// </summary>
internal sealed class CourseWaits
{
    private readonly Dictionary<string, Dictionary<string, JsonNode>> _cells;

    private CourseWaits(Dictionary<string, Dictionary<string, JsonNode>> cells) => _cells = cells;

    public IEnumerable<string> Notebooks => _cells.Keys;

    public static CourseWaits Load(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path)) ?? throw new InvalidDataException($"{path} is empty.");
        var cells = root["notebooks"]!.AsObject().ToDictionary(n => n.Key, n => n.Value!.AsObject().ToDictionary(c => c.Key, c => c.Value!));
        return new CourseWaits(cells);
    }

    /// <summary>Throws unless every notebook in <paramref name="notebooksFolder"/> is listed and every listed cell id exists.</summary>
    public void Verify(string notebooksFolder, string manifestPath)
    {
        foreach (var file in Directory.GetFiles(notebooksFolder, "*.ipynb"))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (!_cells.TryGetValue(name, out var listed))
                throw new InvalidDataException($"{manifestPath} has no entry for notebooks/{name}.ipynb: add its cells' intrinsic waits.");
            using var notebook = JsonDocument.Parse(File.ReadAllText(file));
            var ids = notebook.RootElement.GetProperty("cells").EnumerateArray()
                .Select(c => c.TryGetProperty("id", out var id) ? id.GetString() : null).ToHashSet();
            foreach (var cell in listed.Keys)
                if (!ids.Contains(cell)) throw new InvalidDataException($"{manifestPath} lists cell '{cell}' of notebooks/{name}.ipynb, which has no such cell: update the manifest.");
        }
    }

    /// <summary>The intrinsic milliseconds of one notebook, given the duration of one CPU job.</summary>
    public double IntrinsicMs(string notebook, double jobMs)
    {
        int cores = Environment.ProcessorCount, jobs = Math.Clamp(cores, 2, 8);
        double total = 0;
        foreach (var cell in _cells.TryGetValue(notebook, out var c) ? c.Values : Enumerable.Empty<JsonNode>())
        {
            total += cell["waitMs"]?.GetValue<double>() ?? 0;
            var units = cell["cpuJobs"]?.GetValue<string>() switch
            {
                null => 0,
                "1" => 1,
                "jobs" => jobs,
                "ceil(jobs/cores)" => (jobs + cores - 1) / cores,
                var other => throw new InvalidDataException($"Unknown cpuJobs '{other}' in course-waits.json ({notebook})."),
            };
            total += units * jobMs;
        }
        return total;
    }

    /// <summary>The lessons' CPU job, as notebook 05 defines it.</summary>
    public static int CountPrimes(int limit)
    {
        int count = 0;
        for (int n = 2; n < limit; n++)
        {
            bool prime = true;
            for (int d = 2; d * d <= n; d++)
                if (n % d == 0) { prime = false; break; }
            if (prime) count++;
        }
        return count;
    }
}
