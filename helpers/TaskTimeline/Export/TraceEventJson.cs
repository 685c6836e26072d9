using System.Globalization;
using System.Text;
using System.Text.Json;
using TaskTimeline.Charts.Rendering;

namespace TaskTimeline;

/// <summary>
/// Writes timelines in Chrome's Trace Event Format (the JSON object form), which ui.perfetto.dev and chrome://tracing open:
/// one process per timeline; one track per thread with a slice for each time a lane ran on it; one async track per lane
/// with its awaits and waits for a thread; flow arrows from the thread that completed an await to the thread that resumed it.
/// </summary>
public static class TraceEventJson
{
    /// <summary>Category of the slices where a lane ran on a thread.</summary>
    internal const string RunningCategory = "running";

    /// <summary>Category of a lane's async track and of the arrows into it.</summary>
    internal const string LaneCategory = "lane";

    /// <summary>Category of the short slices on the thread that completed a lane's await, where its arrow starts.</summary>
    internal const string ReadyCategory = "ready";

    // Times are whole nanoseconds, the resolution viewers import at, so a slice cut to its parent's end still ends there.
    // A thread is busy only for an instant when it completes an await; the marker needs some width to anchor an arrow.
    private const long ReadyMarkerNs = 1000;

    // A flow's ends sit this far inside the slices they bind to, so neither can be taken for the end of the slice before.
    private const long InsideNs = 1;

    /// <summary>Serialises <paramref name="timelines"/>, each as its own process (pid 1, 2, …).</summary>
    public static string Write(params TimelineSnapshot[] timelines)
    {
        ArgumentNullException.ThrowIfNull(timelines);
        var trace = new List<TraceEvent>();
        int flowIds = 0;
        for (int i = 0; i < timelines.Length; i++)
            AddProcess(trace, timelines[i] ?? throw new ArgumentNullException(nameof(timelines), $"Timeline {i} is null."), pid: i + 1, ref flowIds);

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            json.WriteStartObject();
            json.WriteString("displayTimeUnit", "ms");
            json.WriteStartArray("traceEvents");
            // Viewers sort by ts but keep file order for equal ts: a lane's events stay in the order they happened
            // (timestamps repeat under a fake clock), a slice comes before the flow that binds to it, a parent before its child.
            foreach (var e in trace.Where(e => e.Ph == 'M').Concat(trace.Where(e => e.Ph != 'M').OrderBy(e => e.TsNs).ThenBy(e => e.Rank).ThenByDescending(e => e.Dur ?? 0)))
                e.WriteTo(json);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes the snapshot as a Trace Event Format file (open it in ui.perfetto.dev or chrome://tracing); returns the full path.</summary>
    public static string SaveTraceJson(this TimelineSnapshot snapshot, string path) =>
        ChartFiles.Write(path, Write(snapshot ?? throw new ArgumentNullException(nameof(snapshot))));

    private static void AddProcess(List<TraceEvent> trace, TimelineSnapshot snapshot, int pid, ref int flowIds)
    {
        trace.Add(Metadata("process_name", pid, 0, "name", snapshot.Title));
        trace.Add(Metadata("process_sort_index", pid, 0, "sort_index", pid));

        var eventsByLane = snapshot.Events.GroupBy(e => e.Lane).ToDictionary(g => g.Key, g => g.ToArray());
        var running = new List<RunSlice>();
        var flows = new List<(LaneTimeline Lane, TimelineEvent Ready, RunSlice To)>();
        foreach (var lane in snapshot.Lanes)
        {
            if (lane.Segments.Count == 0) continue;
            var laneEvents = eventsByLane.GetValueOrDefault(lane.Id, []);
            var laneRuns = lane.Segments.Select((s, i) => (s, i)).Where(x => x.s.Phase == SegmentPhase.Running).Select(x => new RunSlice(lane, x.i)).ToArray();
            running.AddRange(laneRuns);
            AddLaneTrack(trace, lane, lane.ParentId is { } parent ? snapshot.Lanes[parent].Name : null, pid,
                laneRuns.Length > 0 ? laneRuns[0].Segment.ThreadId : laneEvents.FirstOrDefault().ThreadId);

            // The k-th start/resume opened the k-th running segment; the last ready before it is what woke it.
            TimelineEvent? ready = null;
            int run = 0;
            foreach (var e in laneEvents)
            {
                if (e.Kind == TimelineEventKind.Ready) ready = e;
                else if (e.Kind is TimelineEventKind.Start or TimelineEventKind.Resume && run < laneRuns.Length)
                {
                    if (ready is { } r) flows.Add((lane, r, laneRuns[run]));
                    ready = null;
                    run++;
                }
                else if (e.Kind is TimelineEventKind.Fault or TimelineEventKind.Cancel)
                    trace.Add(new TraceEvent('i', e.Kind == TimelineEventKind.Fault ? $"{lane.Name} faulted" : $"{lane.Name} cancelled", LaneCategory, Ns(e.AtMs), pid, e.ThreadId)
                    {
                        Rank = 2,
                        Scope = "t",
                        Args = e.Label is null ? [("lane", lane.Name)] : [("lane", lane.Name), ("error", e.Label)],
                    });
            }
        }

        var markers = new ReadyMarker[flows.Count];
        foreach (var thread in running.Select(r => r.Segment.ThreadId).Concat(flows.Select(f => f.Ready.ThreadId)).Distinct())
            foreach (var m in PlaceOnThread(running.Where(r => r.Segment.ThreadId == thread).ToList(),
                         flows.Select((f, i) => (f.Ready, Flow: i)).Where(f => f.Ready.ThreadId == thread).ToList()))
                markers[m.Flow] = m;

        foreach (var r in running)
        {
            var args = new List<(string, object)> { ("lane", r.Lane.Name) };
            if (r.ResumedFrom is { Label: { } awaited }) args.Add(("resumedAfter", awaited));
            if (r.Clipped) args.Add(("clippedToEnclosingSlice", true));
            trace.Add(new TraceEvent('X', r.Lane.Name, RunningCategory, r.StartNs, pid, r.Segment.ThreadId) { Rank = 1, Dur = r.EndNs - r.StartNs, Args = args });
        }
        foreach (var ((lane, ready, to), marker) in flows.Zip(markers))
        {
            int id = ++flowIds;
            string name = $"resume {lane.Name}";
            var label = to.ResumedFrom?.Label;
            trace.Add(new TraceEvent('X', $"ready: {lane.Name}", ReadyCategory, marker.StartNs, pid, ready.ThreadId)
            {
                Rank = 1,
                Dur = marker.EndNs - marker.StartNs,
                Args = label is null ? [("lane", lane.Name)] : [("lane", lane.Name), ("await", label)],
            });
            long finish = to.StartNs + Math.Min(InsideNs, (to.EndNs - to.StartNs) / 2);
            long start = Math.Min(marker.StartNs + Math.Min(InsideNs, (marker.EndNs - marker.StartNs) / 2), finish);
            trace.Add(new TraceEvent('s', name, LaneCategory, start, pid, ready.ThreadId) { Rank = 3, Id = id });
            trace.Add(new TraceEvent('f', name, LaneCategory, finish, pid, to.Segment.ThreadId)
            {
                Rank = 3,
                Id = id,
                BindToEnclosingSlice = true,
            });
        }

        var firstUse = trace.Where(e => e.Pid == pid && e.Ph != 'M').OrderBy(e => e.TsNs).Select(e => e.Tid).Distinct().ToArray();
        int? loop = snapshot.Mode == TimelineMode.EventLoop && running.Count > 0
            ? running.GroupBy(r => r.Segment.ThreadId).OrderByDescending(g => g.Count()).First().Key
            : null;
        for (int i = 0; i < firstUse.Length; i++)
        {
            int tid = firstUse[i];
            trace.Add(Metadata("thread_name", pid, tid, "name", tid == loop ? $"event loop (thread {tid})" : $"thread {tid}"));
            trace.Add(Metadata("thread_sort_index", pid, tid, "sort_index", i));
        }
    }

    private static void AddLaneTrack(List<TraceEvent> trace, LaneTimeline lane, string? caller, int pid, int tid)
    {
        // id2.local scopes the id to this process, so Perfetto shows the lane's track inside the timeline's process.
        // A callee can outlive its caller (nobody awaited it), which async tracks cannot nest: the caller is an argument.
        long id = lane.Id + 1;
        trace.Add(new TraceEvent('b', lane.Name, LaneCategory, Ns(lane.StartMs), pid, tid)
        {
            Rank = 0,
            Id = id,
            IdIsLocal = true,
            Args = caller is null ? [] : [("calledBy", caller)],
        });
        for (int i = 0; i < lane.Segments.Count; i++)
        {
            var s = lane.Segments[i];
            if (s.Phase == SegmentPhase.Running) continue;
            string name = s.Phase == SegmentPhase.Awaiting ? s.Label ?? "awaiting"
                : i == 0 ? "queued, waiting for a thread" : "ready, waiting for a thread";
            var args = new List<(string, object)> { ("phase", s.Phase == SegmentPhase.Awaiting ? "awaiting" : "waiting for a thread") };
            if (s.Label is not null) args.Add(("await", s.Label));
            trace.Add(new TraceEvent('b', name, LaneCategory, Ns(s.StartMs), pid, tid) { Rank = 0, Id = id, IdIsLocal = true, Args = args });
            trace.Add(new TraceEvent('e', name, LaneCategory, Ns(s.EndMs), pid, tid) { Rank = 0, Id = id, IdIsLocal = true });
        }
        var outcome = lane.Outcome switch
        {
            LaneOutcome.Completed => "completed",
            LaneOutcome.Faulted => "faulted",
            LaneOutcome.Canceled => "cancelled",
            _ => "unfinished",
        };
        trace.Add(new TraceEvent('e', lane.Name, LaneCategory, Ns(lane.EndMs), pid, tid)
        {
            Rank = 0,
            Id = id,
            IdIsLocal = true,
            Args = lane.Error is null ? [("outcome", outcome)] : [("outcome", outcome), ("error", lane.Error)],
        });
    }

    /// <summary>
    /// Makes one thread's slices nest (a running slice that outlives the one enclosing it is cut at its end; recorded
    /// timelines do not produce one, but a viewer rejects it) and gives each ready marker a width that fits between them.
    /// </summary>
    private static List<ReadyMarker> PlaceOnThread(List<RunSlice> runs, List<(TimelineEvent Ready, int Flow)> readies)
    {
        var markers = new List<ReadyMarker>(readies.Count);
        runs.Sort((a, b) => a.StartNs != b.StartNs ? a.StartNs.CompareTo(b.StartNs) : b.EndNs.CompareTo(a.EndNs));
        readies.Sort((a, b) => a.Ready.AtMs.CompareTo(b.Ready.AtMs));
        var open = new Stack<long>();
        int i = 0, j = 0;
        while (i < runs.Count || j < readies.Count)
        {
            if (i < runs.Count && (j == readies.Count || runs[i].StartNs <= Ns(readies[j].Ready.AtMs)))
            {
                var r = runs[i++];
                while (open.Count > 0 && open.Peek() <= r.StartNs) open.Pop();
                if (open.Count > 0 && r.EndNs > open.Peek()) (r.EndNs, r.Clipped) = (open.Peek(), true);
                open.Push(r.EndNs);
            }
            else
            {
                var (ready, flow) = readies[j++];
                long at = Ns(ready.AtMs);
                while (open.Count > 0 && open.Peek() <= at) open.Pop();
                long end = at + ReadyMarkerNs;
                if (open.Count > 0) end = Math.Min(end, open.Peek());
                if (i < runs.Count) end = Math.Min(end, runs[i].StartNs);
                if (j < readies.Count && Ns(readies[j].Ready.AtMs) > at) end = Math.Min(end, Ns(readies[j].Ready.AtMs));
                open.Push(end);
                markers.Add(new ReadyMarker(flow, at, end));
            }
        }
        return markers;
    }

    private static long Ns(double ms) => (long)Math.Round(ms * 1_000_000);

    private static TraceEvent Metadata(string name, int pid, int tid, string key, object value) =>
        new('M', name, null, 0, pid, tid) { Args = [(key, value)] };

    private sealed class RunSlice(LaneTimeline lane, int index)
    {
        public LaneTimeline Lane { get; } = lane;
        public Segment Segment { get; } = lane.Segments[index];
        /// <summary>The await (or wait for a thread) this run ended, if any.</summary>
        public Segment? ResumedFrom { get; } = index > 0 ? lane.Segments[index - 1] : null;
        public long StartNs { get; } = Ns(lane.Segments[index].StartMs);
        public long EndNs { get; set; } = Ns(lane.Segments[index].EndMs);
        public bool Clipped { get; set; }
    }

    private sealed record ReadyMarker(int Flow, long StartNs, long EndNs);

    private sealed record TraceEvent(char Ph, string Name, string? Cat, long TsNs, int Pid, int Tid)
    {
        /// <summary>Order among events at one ts: lane tracks (as they happened), then slices, instants, flows.</summary>
        public int Rank { get; init; }
        public long? Dur { get; init; }
        public long? Id { get; init; }
        public bool IdIsLocal { get; init; }
        public bool BindToEnclosingSlice { get; init; }
        public string? Scope { get; init; }
        public IReadOnlyList<(string Key, object Value)> Args { get; init; } = [];

        public void WriteTo(Utf8JsonWriter json)
        {
            json.WriteStartObject();
            json.WriteString("ph", Ph.ToString());
            json.WriteString("name", Name);
            if (Cat is not null) json.WriteString("cat", Cat);
            // The format's unit is the microsecond; three decimals keep the nanoseconds exactly.
            json.WriteNumber("ts", TsNs / 1000m);
            if (Dur is { } dur) json.WriteNumber("dur", dur / 1000m);
            json.WriteNumber("pid", Pid);
            json.WriteNumber("tid", Tid);
            if (Id is { } id && IdIsLocal)
            {
                json.WriteStartObject("id2");
                json.WriteNumber("local", id);
                json.WriteEndObject();
            }
            else if (Id is { } global) json.WriteNumber("id", global);
            if (BindToEnclosingSlice) json.WriteString("bp", "e");
            if (Scope is not null) json.WriteString("s", Scope);
            if (Args.Count > 0)
            {
                json.WriteStartObject("args");
                foreach (var (key, value) in Args)
                {
                    switch (value)
                    {
                        case string text: json.WriteString(key, text); break;
                        case bool flag: json.WriteBoolean(key, flag); break;
                        case int number: json.WriteNumber(key, number); break;
                        default: json.WriteString(key, Convert.ToString(value, CultureInfo.InvariantCulture)); break;
                    }
                }
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
    }
}
