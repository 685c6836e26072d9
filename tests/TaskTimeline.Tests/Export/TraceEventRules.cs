using System.Text.Json;

namespace TaskTimeline.Tests.Export;

/// <summary>
/// The rules of Chrome's Trace Event Format (JSON object form) that ui.perfetto.dev and chrome://tracing rely on, checked
/// on a parsed file. Times are compared in whole nanoseconds, as the viewers import them.
/// </summary>
internal static class TraceEventRules
{
    /// <summary>Every broken rule, one line each; empty when the trace follows the format.</summary>
    public static IReadOnlyList<string> Violations(string json)
    {
        var problems = new List<string>();
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        if (!root.TryGetProperty("traceEvents", out var array) || array.ValueKind != JsonValueKind.Array)
            return ["no \"traceEvents\" array"];
        if (!root.TryGetProperty("displayTimeUnit", out var unit) || unit.GetString() is not ("ms" or "ns"))
            problems.Add("\"displayTimeUnit\" is not \"ms\" or \"ns\"");

        var events = new List<Parsed>();
        int index = 0;
        foreach (var e in array.EnumerateArray())
        {
            var where = $"traceEvents[{index++}]";
            if (!e.TryGetProperty("ph", out var ph) || ph.GetString() is not { Length: 1 } phase) { problems.Add($"{where}: no ph"); continue; }
            bool ok = true;
            foreach (var key in new[] { "ts", "pid", "tid" })
                if (!e.TryGetProperty(key, out var value) || value.ValueKind != JsonValueKind.Number) { problems.Add($"{where} ({phase}): no numeric {key}"); ok = false; }
            if (!ok) continue;
            long? dur = null;
            if (phase == "X")
            {
                if (e.TryGetProperty("dur", out var d) && d.ValueKind == JsonValueKind.Number && d.GetDouble() >= 0) dur = Ns(d);
                else { problems.Add($"{where} (X): no dur >= 0"); continue; }
            }
            string? id = Id(e);
            if (phase is "b" or "e" or "s" or "f" && id is null) { problems.Add($"{where} ({phase}): no id"); continue; }
            if (phase == "M" && !e.TryGetProperty("args", out _)) problems.Add($"{where} (M): no args");
            events.Add(new Parsed(where, phase[0], e.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "",
                e.TryGetProperty("cat", out var c) ? c.GetString() ?? "" : "", Ns(e.GetProperty("ts")), dur,
                e.GetProperty("pid").GetInt32(), e.GetProperty("tid").GetInt32(), id,
                e.TryGetProperty("bp", out var bp) && bp.GetString() == "e"));
        }

        var slices = events.Where(e => e.Ph == 'X').GroupBy(e => (e.Pid, e.Tid)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var ((pid, tid), track) in slices)
        {
            for (int i = 1; i < track.Count; i++)
                if (track[i].Ts < track[i - 1].Ts) problems.Add($"{track[i].Where}: X ts goes back on pid {pid} tid {tid}");
            var open = new Stack<Parsed>();
            foreach (var s in track.OrderBy(s => s.Ts).ThenByDescending(s => s.Dur))
            {
                while (open.Count > 0 && open.Peek().End <= s.Ts) open.Pop();
                if (open.Count > 0 && s.End > open.Peek().End)
                    problems.Add($"{s.Where}: X '{s.Name}' overlaps '{open.Peek().Name}' on pid {pid} tid {tid} without nesting in it");
                open.Push(s);
            }
        }

        foreach (var track in events.Where(e => e.Ph is 'b' or 'e').GroupBy(e => (e.Pid, e.Cat, e.Id)))
        {
            var open = new Stack<Parsed>();
            foreach (var e in track)
            {
                if (e.Ph == 'b') { open.Push(e); continue; }
                if (open.Count == 0) { problems.Add($"{e.Where}: e '{e.Name}' (id {e.Id}) has no open b"); continue; }
                var begin = open.Pop();
                if (begin.Name != e.Name) problems.Add($"{e.Where}: e '{e.Name}' (id {e.Id}) closes b '{begin.Name}'");
                if (e.Ts < begin.Ts) problems.Add($"{e.Where}: e '{e.Name}' (id {e.Id}) is before its b");
            }
            foreach (var b in open) problems.Add($"{b.Where}: b '{b.Name}' (id {b.Id}) is never closed");
        }

        var flows = events.Where(e => e.Ph is 's' or 'f').GroupBy(e => (e.Cat, e.Name, e.Id));
        foreach (var flow in flows)
        {
            var starts = flow.Where(e => e.Ph == 's').ToList();
            var finishes = flow.Where(e => e.Ph == 'f').ToList();
            if (starts.Count != 1 || finishes.Count != 1)
            {
                problems.Add($"flow '{flow.Key.Name}' (id {flow.Key.Id}): {starts.Count} s and {finishes.Count} f, expected one of each");
                continue;
            }
            var (s, f) = (starts[0], finishes[0]);
            if (f.Ts < s.Ts) problems.Add($"{f.Where}: flow '{f.Name}' finishes before it starts");
            if (!Encloses(slices, s)) problems.Add($"{s.Where}: flow start '{s.Name}' is inside no X slice on its thread");
            if (f.BindsEnclosing && !Encloses(slices, f)) problems.Add($"{f.Where}: flow finish '{f.Name}' (bp e) is inside no X slice on its thread");
        }
        return problems;
    }

    private static bool Encloses(Dictionary<(int, int), List<Parsed>> slices, Parsed point) =>
        slices.TryGetValue((point.Pid, point.Tid), out var track) && track.Any(x => x.Ts <= point.Ts && point.Ts <= x.End);

    private static string? Id(JsonElement e)
    {
        if (e.TryGetProperty("id", out var id)) return id.ToString();
        if (e.TryGetProperty("id2", out var id2) && id2.ValueKind == JsonValueKind.Object)
        {
            if (id2.TryGetProperty("local", out var local)) return $"local:{local}";
            if (id2.TryGetProperty("global", out var global)) return global.ToString();
        }
        return null;
    }

    private static long Ns(JsonElement microseconds) => (long)Math.Round(microseconds.GetDouble() * 1000);

    private sealed record Parsed(string Where, char Ph, string Name, string Cat, long Ts, long? Dur, int Pid, int Tid, string? Id, bool BindsEnclosing)
    {
        public long End => Ts + (Dur ?? 0);
    }
}
