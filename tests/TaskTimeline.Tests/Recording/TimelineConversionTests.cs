namespace TaskTimeline.Tests.Recording;

/// <summary>A recording goes wherever a snapshot is taken: the lessons' call sites pass the <see cref="Timeline"/> itself.</summary>
public class TimelineConversionTests
{
    private static async Task Steep(int ms) => await Task.Delay(ms);

    [Fact]
    public Task Given_a_recording_When_passed_to_checks_charts_and_exports_Then_each_sees_what_was_recorded_so_far() => OffTestContext(async () =>
    {
        var together = Timeline.Record("together");
        await Task.WhenAll(Steep(30), Steep(30));
        together.Dispose();
        var apart = Timeline.Record("apart");
        await Steep(30);
        await Steep(30);
        apart.Dispose();

        Assert.True(Check.Overlap(together, maxTotalMs: 10_000).Passed);
        Assert.False(Check.Overlap(apart).Passed);
        Assert.Equal(["together", "apart"], TimelineChart.Compare(together, apart).Snapshots.Select(s => s.Title));
        Assert.Equal(TimelineJson.Write(together.Snapshot()), TimelineJson.Write(together));
        Assert.Equal(together.Snapshot().Lanes.Count, together.Gantt().Snapshots.Single().Lanes.Count);
    });

    [Fact]
    public void Given_no_recording_When_converted_Then_the_error_names_the_argument()
    {
        Timeline? missing = null;

        var error = Assert.Throws<ArgumentNullException>(() => { TimelineSnapshot _ = missing!; });

        Assert.Equal("timeline", error.ParamName);
    }
}
