using TaskTimeline.Tests.Charts;
using System.Runtime.CompilerServices;
using System.Text.Json;
using static TaskTimeline.TimelineEventKind;

namespace TaskTimeline.Tests.Export;

public sealed class TraceEventJsonTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tasktimeline-trace-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>
    /// A runs on thread 7 and awaits a kettle that timer thread 20 completes; A resumes on thread 9. B starts on thread 7
    /// after A suspends, resumes on 7 with no ready event recorded, and faults.
    /// </summary>
    private static TimelineSnapshot KettleAndToast() => TimelineSnapshot.FromEvents("kettle and toast", TimelineMode.ThreadPool, ["A", "B"],
    [
        new(0, Start, 0, 7), new(0, Suspend, 1, 7, "kettle"),
        new(1, Start, 1.5, 7), new(1, Suspend, 2, 7, "toast"),
        new(0, Ready, 10, 20), new(0, Resume, 10.25, 9), new(0, End, 11, 9),
        new(1, Resume, 12, 7), new(1, Fault, 12.5, 7, "InvalidOperationException: burnt"),
    ]);

    [Fact]
    public void Given_a_snapshot_When_exported_Then_the_trace_follows_the_format_rules()
    {
        var json = TraceEventJson.Write(KettleAndToast());

        Assert.Empty(TraceEventRules.Violations(json));
        Assert.Equal("ms", JsonDocument.Parse(json).RootElement.GetProperty("displayTimeUnit").GetString());
    }

    [Fact]
    public void Given_a_trace_that_breaks_the_rules_When_checked_Then_each_break_is_reported()
    {
        const string broken = """
            {"displayTimeUnit":"ms","traceEvents":[
              {"ph":"X","name":"outer","ts":0,"dur":10,"pid":1,"tid":7},
              {"ph":"X","name":"straddles","ts":5,"dur":10,"pid":1,"tid":7},
              {"ph":"X","name":"no dur","ts":20,"pid":1,"tid":7},
              {"ph":"b","name":"lane","cat":"lane","ts":0,"pid":1,"tid":7,"id":1},
              {"ph":"b","name":"no id","cat":"lane","ts":0,"pid":1,"tid":7},
              {"ph":"s","name":"resume","cat":"lane","ts":30,"pid":1,"tid":7,"id":9},
              {"ph":"i","name":"no pid","ts":1,"tid":7}
            ]}
            """;

        var problems = TraceEventRules.Violations(broken);

        Assert.Contains(problems, p => p.Contains("'straddles' overlaps 'outer'"));
        Assert.Contains(problems, p => p.Contains("(X): no dur"));
        Assert.Contains(problems, p => p.Contains("b 'lane' (id 1) is never closed"));
        Assert.Contains(problems, p => p.Contains("(b): no id"));
        Assert.Contains(problems, p => p.Contains("flow 'resume' (id 9): 1 s and 0 f"));
        Assert.Contains(problems, p => p.Contains("(i): no numeric pid"));
        Assert.Equal(6, problems.Count);
    }

    [Fact]
    public void Given_running_segments_When_exported_Then_each_is_one_slice_on_its_thread_named_by_its_lane()
    {
        var snapshot = KettleAndToast();

        var slices = Events(TraceEventJson.Write(snapshot)).Where(e => Ph(e) == "X" && Cat(e) == TraceEventJson.RunningCategory)
            .Select(e => (Name(e), Tid(e), Us(e, "ts"), Us(e, "dur"))).ToArray();

        var expected = snapshot.Lanes.SelectMany(l => l.Segments.Where(s => s.Phase == SegmentPhase.Running)
            .Select(s => (l.Name, s.ThreadId, s.StartMs * 1000, s.DurationMs * 1000))).OrderBy(s => s.Item3).ToArray();
        Assert.Equal(expected, slices);
        Assert.Equal([("A", 7, 0.0, 1000.0), ("B", 7, 1500.0, 500.0), ("A", 9, 10250.0, 750.0), ("B", 7, 12000.0, 500.0)], slices);
    }

    [Fact]
    public void Given_a_ready_event_When_exported_Then_one_arrow_leads_from_the_completing_thread_into_the_resumed_slice()
    {
        var events = Events(TraceEventJson.Write(KettleAndToast()));

        var start = Assert.Single(events, e => Ph(e) == "s");
        var finish = Assert.Single(events, e => Ph(e) == "f");
        Assert.Equal(start.GetProperty("id").GetInt64(), finish.GetProperty("id").GetInt64());
        Assert.Equal((20, 9), (Tid(start), Tid(finish)));
        Assert.Equal("e", finish.GetProperty("bp").GetString());
        var marker = Assert.Single(events, e => Ph(e) == "X" && Cat(e) == TraceEventJson.ReadyCategory);
        Assert.Equal((20, 10_000.0, "kettle"), (Tid(marker), Us(marker, "ts"), marker.GetProperty("args").GetProperty("await").GetString()));
        Assert.InRange(Us(start, "ts"), Us(marker, "ts"), Us(marker, "ts") + Us(marker, "dur"));
        Assert.InRange(Us(finish, "ts"), 10_250, 11_000);
    }

    [Fact]
    public void Given_a_resume_without_a_ready_event_When_exported_Then_it_gets_no_arrow()
    {
        var snapshot = TimelineSnapshot.FromEvents("no ready", TimelineMode.ThreadPool, ["caller", "callee"],
        [
            new(0, Start, 0, 1), new(1, Start, 0.1, 1), new(1, Suspend, 0.2, 1, "steeping"), new(0, Suspend, 0.3, 1, "await brewing"),
            new(1, Ready, 5, 4), new(1, Resume, 5.1, 4), new(1, End, 5.2, 4), new(0, Resume, 5.3, 4), new(0, End, 5.4, 4),
        ]);

        var events = Events(TraceEventJson.Write(snapshot));

        var finish = Assert.Single(events, e => Ph(e) == "f");
        Assert.Equal("resume callee", Name(finish));
        Assert.Single(events, e => Ph(e) == "s");
    }

    [Fact]
    public void Given_a_call_that_starts_inside_its_caller_When_exported_Then_its_slice_nests_in_the_callers_on_that_thread()
    {
        var snapshot = TimelineSnapshot.FromEvents("hot start", TimelineMode.ThreadPool, ["caller", "callee"],
        [
            new(0, Start, 0, 1), new(1, Start, 0.1, 1), new(1, Suspend, 0.2, 1, "steeping"), new(0, Suspend, 0.3, 1, "await brewing"),
            new(1, Resume, 5, 4), new(1, End, 5.2, 4), new(0, Resume, 5.3, 4), new(0, End, 5.4, 4),
        ]);

        var json = TraceEventJson.Write(snapshot);

        Assert.Empty(TraceEventRules.Violations(json));
        var onThread1 = Events(json).Where(e => Ph(e) == "X" && Tid(e) == 1).ToArray();
        Assert.Equal(["caller", "callee"], onThread1.Select(Name));
        Assert.InRange(Us(onThread1[1], "ts") + Us(onThread1[1], "dur"), Us(onThread1[1], "ts"), Us(onThread1[0], "ts") + Us(onThread1[0], "dur"));
    }

    [Fact]
    public void Given_awaits_When_exported_Then_each_lane_has_an_async_track_with_its_awaits_and_waits_nested_in_its_life()
    {
        var snapshot = KettleAndToast();

        var lane = Events(TraceEventJson.Write(snapshot))
            .Where(e => Ph(e) is "b" or "e" && e.GetProperty("id2").GetProperty("local").GetInt32() == 1).ToArray();

        Assert.All(lane, e => Assert.Equal(TraceEventJson.LaneCategory, Cat(e)));
        Assert.Equal(["b A 0", "b kettle 1000", "e kettle 10000", "b ready, waiting for a thread 10000", "e ready, waiting for a thread 10250", "e A 11000"],
            lane.Select(e => $"{Ph(e)} {Name(e)} {Us(e, "ts")}"));
    }

    [Fact]
    public void Given_a_faulted_lane_When_exported_Then_its_track_ends_with_the_error_and_its_thread_shows_where()
    {
        var events = Events(TraceEventJson.Write(KettleAndToast()));

        var end = events.Single(e => Ph(e) == "e" && Name(e) == "B");
        Assert.Equal("faulted", end.GetProperty("args").GetProperty("outcome").GetString());
        Assert.Equal("InvalidOperationException: burnt", end.GetProperty("args").GetProperty("error").GetString());
        var instant = Assert.Single(events, e => Ph(e) == "i");
        Assert.Equal(("B faulted", 7, 12_500.0), (Name(instant), Tid(instant), Us(instant, "ts")));
        Assert.Equal("InvalidOperationException: burnt", instant.GetProperty("args").GetProperty("error").GetString());
        Assert.Equal("completed", events.Single(e => Ph(e) == "e" && Name(e) == "A").GetProperty("args").GetProperty("outcome").GetString());
    }

    [Fact]
    public void Given_threads_When_exported_Then_each_is_named_and_the_event_loop_says_so()
    {
        var pool = ThreadNames(TraceEventJson.Write(KettleAndToast()));
        var loop = ThreadNames(TraceEventJson.Write(TimelineSnapshot.FromEvents("loop", TimelineMode.EventLoop, ["A"],
            [new(0, Queued, 0, 4), new(0, Start, 1, 9), new(0, Suspend, 2, 9, "nap"), new(0, Ready, 50, 4), new(0, Resume, 51, 9), new(0, End, 52, 9)])));

        Assert.Equal(new Dictionary<int, string> { [7] = "thread 7", [20] = "thread 20", [9] = "thread 9" }, pool);
        Assert.Equal(new Dictionary<int, string> { [9] = "event loop (thread 9)", [4] = "thread 4" }, loop);
    }

    [Fact]
    public void Given_a_clock_that_never_moves_When_exported_Then_the_lane_tracks_and_arrows_still_follow_the_rules()
    {
        // As under a FakeTimeProvider nobody advances: every event at 0 ms, two identical ready events in one lane.
        var snapshot = TimelineSnapshot.FromEvents("frozen clock", TimelineMode.ThreadPool, ["A"],
        [
            new(0, Start, 0, 1), new(0, Suspend, 0, 1), new(0, Ready, 0, 1), new(0, Resume, 0, 1),
            new(0, Suspend, 0, 1), new(0, Ready, 0, 1), new(0, Resume, 0, 1), new(0, End, 0, 1),
        ]);

        var json = TraceEventJson.Write(snapshot);

        Assert.Empty(TraceEventRules.Violations(json));
        Assert.Equal(2, Events(json).Count(e => Ph(e) == "f"));
    }

    [Fact]
    public void Given_two_timelines_When_exported_together_Then_each_is_its_own_process_and_their_arrows_stay_apart()
    {
        var json = TraceEventJson.Write(KettleAndToast(), KettleAndToast());

        Assert.Empty(TraceEventRules.Violations(json));
        var events = Events(json);
        Assert.Equal([1, 2], events.Where(e => Ph(e) == "M" && Name(e) == "process_name").Select(e => e.GetProperty("pid").GetInt32()));
        Assert.Equal(2, events.Where(e => Ph(e) == "s").Select(e => e.GetProperty("id").GetInt64()).Distinct().Count());
    }

    [Fact]
    public async Task Given_a_recorded_run_When_exported_Then_slices_lanes_and_threads_match_the_snapshot()
    {
        using var timeline = new Timeline("recorded");
        await Task.WhenAll(
            timeline.Lane("A", async () => await Task.Delay(50)),
            timeline.Lane("B", async () => await Task.Delay(30)),
            timeline.Lane("C", async () => { await Task.Delay(10); throw new InvalidOperationException("spilt"); }))
            .ContinueWith(_ => { }, TaskScheduler.Default);
        var snapshot = timeline.Snapshot();

        var json = TraceEventJson.Write(snapshot);

        Assert.Empty(TraceEventRules.Violations(json));
        var events = Events(json);
        var running = snapshot.Lanes.SelectMany(l => l.Segments).Where(s => s.Phase == SegmentPhase.Running).ToArray();
        var slices = events.Where(e => Ph(e) == "X" && Cat(e) == TraceEventJson.RunningCategory).ToArray();
        Assert.Equal(running.Length, slices.Length);
        Assert.Equal(running.Select(s => s.ThreadId).Order(), slices.Select(Tid).Order());
        Assert.Equal(snapshot.LaneNames, events.Where(e => Ph(e) == "b" && Cat(e) == TraceEventJson.LaneCategory).Select(Name).Where(snapshot.LaneNames.Contains));
        Assert.Equal(snapshot.Events.Count(e => e.Kind == Ready), events.Count(e => Ph(e) == "s"));
        Assert.Subset(ThreadNames(json).Keys.ToHashSet(), snapshot.Threads.ToHashSet());
        Assert.Equal("faulted", events.Single(e => Ph(e) == "e" && Name(e) == "C").GetProperty("args").GetProperty("outcome").GetString());
    }

    [Fact]
    public void Given_the_reference_timelines_When_each_is_exported_Then_every_one_follows_the_rules_with_a_slice_per_running_segment()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryRoot(), "data"), "*.json");
        Assert.NotEmpty(files);

        foreach (var file in files)
        {
            var snapshot = TimelineJson.ReadFile(file);
            var json = TraceEventJson.Write(snapshot);

            Assert.True(TraceEventRules.Violations(json) is { Count: 0 }, $"{Path.GetFileName(file)}: {string.Join("; ", TraceEventRules.Violations(json))}");
            Assert.Equal(snapshot.Lanes.Sum(l => l.Segments.Count(s => s.Phase == SegmentPhase.Running)),
                Events(json).Count(e => Ph(e) == "X" && Cat(e) == TraceEventJson.RunningCategory));
        }
    }

    [Fact]
    public void Given_a_snapshot_When_saved_Then_the_file_holds_the_export()
    {
        var snapshot = KettleAndToast();

        var path = snapshot.SaveTraceJson(Path.Combine(_folder, "nested", "kettle.trace.json"));

        Assert.Equal(TraceEventJson.Write(snapshot), File.ReadAllText(path));
    }

    private static JsonElement[] Events(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("traceEvents").EnumerateArray().ToArray();

    private static Dictionary<int, string> ThreadNames(string json) => Events(json).Where(e => Ph(e) == "M" && Name(e) == "thread_name")
        .ToDictionary(Tid, e => e.GetProperty("args").GetProperty("name").GetString()!);

    private static string Ph(JsonElement e) => e.GetProperty("ph").GetString()!;
    private static string Name(JsonElement e) => e.GetProperty("name").GetString()!;
    private static string? Cat(JsonElement e) => e.TryGetProperty("cat", out var c) ? c.GetString() : null;
    private static int Tid(JsonElement e) => e.GetProperty("tid").GetInt32();
    private static double Us(JsonElement e, string property) => e.GetProperty(property).GetDouble();

    private static string RepositoryRoot([CallerFilePath] string source = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(source)! })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Course.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException($"No Course.slnx above {AppContext.BaseDirectory} or {source}.");
    }

    [Fact]
    public void Given_nested_lanes_When_exported_Then_each_callee_track_names_its_caller_and_the_trace_follows_the_rules()
    {
        var nested = ChartTimelines.Nested();

        var json = TraceEventJson.Write(nested);

        Assert.Empty(TraceEventRules.Violations(json));
        var opens = JsonDocument.Parse(json).RootElement.GetProperty("traceEvents").EnumerateArray()
            .Where(e => e.GetProperty("ph").GetString() == "b" && nested.LaneNames.Contains(e.GetProperty("name").GetString()))
            .ToDictionary(e => e.GetProperty("name").GetString()!, e => e.TryGetProperty("args", out var a) && a.TryGetProperty("calledBy", out var c) ? c.GetString() : null);
        Assert.Equal(new Dictionary<string, string?> { ["FetchBoth()"] = null, ["Fetch(\"/a\")"] = "FetchBoth()", ["Fetch(\"/b\")"] = "FetchBoth()" }, opens);
    }
}
