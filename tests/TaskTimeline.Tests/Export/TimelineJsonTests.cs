using TaskTimeline.Tests.Charts;
using Microsoft.Extensions.Time.Testing;

namespace TaskTimeline.Tests.Export;

public class TimelineJsonTests
{
    private static async Task<TimelineSnapshot> RecordedAsync()
    {
        var time = new FakeTimeProvider();
        var timeline = new Timeline("Round trip", timeProvider: time);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var a = timeline.Lane("A", async () => await gate.Task.Labeled("kettle"));
        var b = timeline.Lane("B", async () => { await gate.Task; throw new InvalidOperationException("spilt"); });
        time.Advance(TimeSpan.FromMilliseconds(1.25));
        gate.SetResult();
        await a;
        await Assert.ThrowsAsync<InvalidOperationException>(() => b);
        return timeline.Snapshot();
    }

    [Fact]
    public async Task Given_a_snapshot_When_written_and_read_back_Then_events_lanes_and_totals_are_identical()
    {
        var original = await RecordedAsync();
        var copy = TimelineJson.Read(TimelineJson.Write(original));

        Assert.Equal(original.Title, copy.Title);
        Assert.Equal(original.Mode, copy.Mode);
        Assert.Equal(original.TotalMs, copy.TotalMs);
        Assert.Equal(original.LaneNames, copy.LaneNames);
        Assert.Equal(original.Events, copy.Events);
        Assert.Equal(original.Lanes.Select(l => (l.Outcome, l.Error)), copy.Lanes.Select(l => (l.Outcome, l.Error)));
        Assert.Equal(original.Lanes.SelectMany(l => l.Segments), copy.Lanes.SelectMany(l => l.Segments));
        Assert.Equal(TimelineJson.Write(original), TimelineJson.Write(copy));
    }

    [Theory]
    [InlineData("{", "not valid JSON")]
    [InlineData("{\"schema\":\"other/2\"}", "schema is 'other/2'")]
    [InlineData("{\"schema\":\"task-timeline/1\",\"title\":\"t\",\"mode\":\"threadPool\",\"lanes\":[\"a\"]}", "missing \"events\"")]
    [InlineData("{\"schema\":\"task-timeline/1\",\"title\":\"t\",\"mode\":\"fibers\",\"lanes\":[],\"events\":[]}", "mode 'fibers'")]
    [InlineData("{\"schema\":\"task-timeline/1\",\"title\":\"t\",\"mode\":\"threadPool\",\"lanes\":[\"a\"],\"events\":[{\"lane\":0,\"kind\":\"nap\",\"ms\":0,\"thread\":1}]}", "events[0]: kind 'nap'")]
    [InlineData("{\"schema\":\"task-timeline/1\",\"title\":\"t\",\"mode\":\"threadPool\",\"lanes\":[\"a\"],\"events\":[{\"lane\":3,\"kind\":\"start\",\"ms\":0,\"thread\":1}]}", "refers to lane 3")]
    public void Given_bad_json_When_read_Then_a_one_line_error_names_the_source_and_the_problem(string json, string expected)
    {
        var error = Assert.Throws<FormatException>(() => TimelineJson.Read(json, "data/broken.json"));
        Assert.StartsWith("data/broken.json", error.Message);
        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Given_a_code_end_When_written_and_read_back_Then_it_is_kept_and_a_file_without_one_reads_as_unknown()
    {
        var ended = TimelineSnapshot.FromEvents("ended", TimelineMode.ThreadPool, ["A"],
            [new(0, TimelineEventKind.Start, 0, 1), new(0, TimelineEventKind.End, 30, 1)], codeEndMs: 12.5);

        Assert.Equal(12.5, TimelineJson.Read(TimelineJson.Write(ended)).CodeEndMs);
        Assert.Null(TimelineJson.Read(TimelineJson.Write(TimelineSnapshot.FromEvents("running", TimelineMode.ThreadPool, ["A"], ended.Events))).CodeEndMs);
    }

    [Fact]
    public void Given_nested_lanes_When_written_and_read_back_Then_each_lane_keeps_its_caller()
    {
        var nested = ChartTimelines.Nested();

        var copy = TimelineJson.Read(TimelineJson.Write(nested));

        Assert.Equal([null, 0, 0], copy.Lanes.Select(l => l.ParentId));
    }

    [Fact]
    public void Given_a_file_written_before_lanes_were_nested_When_read_Then_every_lane_is_a_root()
    {
        const string old = """
            {"schema":"task-timeline/1","title":"old","mode":"threadPool","totalMs":2,"lanes":["a","b"],
             "events":[{"lane":0,"kind":"start","ms":0,"thread":1},{"lane":1,"kind":"start","ms":1,"thread":1},{"lane":0,"kind":"end","ms":2,"thread":1}]}
            """;

        var snapshot = TimelineJson.Read(old);

        Assert.Equal([null, null], snapshot.Lanes.Select(l => l.ParentId));
        Assert.DoesNotContain("parents", TimelineJson.Write(snapshot));
    }

    [Fact]
    public void Given_a_parent_that_is_no_lane_or_a_cycle_When_read_Then_the_error_names_the_lane()
    {
        const string cyclic = """
            {"schema":"task-timeline/1","title":"c","mode":"threadPool","totalMs":1,"lanes":["a","b"],"parents":[1,0],
             "events":[{"lane":0,"kind":"start","ms":0,"thread":1}]}
            """;

        var error = Assert.Throws<FormatException>(() => TimelineJson.Read(cyclic, "cyclic.json"));

        Assert.Contains("cyclic.json", error.Message);
        Assert.Contains("Lane 0 ('a')", error.Message);
    }
}
