namespace TaskTimeline.Tests.Recording;

/// <summary>Each recorded call is nested under the lane whose code made it.</summary>
public class LaneNestingTests
{
    private static async Task<string> Fetch(string path)
    {
        await Task.Delay(20);
        return path;
    }

    private static async Task<string[]> FetchBoth(string first, string second) => await Task.WhenAll(Fetch(first), Fetch(second));

    private static async Task<string> FetchAfterAPause(string path)
    {
        await Task.Delay(10);
        return await Fetch(path); // called after this lane resumed on some thread
    }

    private static async Task<int> Countdown(int n)
    {
        if (n == 0)
        {
            await Task.Delay(10);
            return 0;
        }
        return await Countdown(n - 1) + 1;
    }

    private static Dictionary<string, string?> ParentsOf(TimelineSnapshot snapshot) =>
        snapshot.Lanes.ToDictionary(l => l.Name, l => l.ParentId is { } parent ? snapshot.Lanes[parent].Name : null);

    [Fact]
    public Task Given_Parallel_ForEachAsync_one_at_a_time_When_recorded_Then_each_lambda_is_a_root_not_a_child_of_the_one_before() => OffTestContext(async () =>
    {
        using var recording = Timeline.Record("one at a time");
        await Parallel.ForEachAsync(new[] { "/a", "/b", "/c" }, new ParallelOptions { MaxDegreeOfParallelism = 1 }, async (path, _) => await Fetch(path));
        recording.Dispose();

        var parents = ParentsOf(recording.Snapshot());
        var lambdas = parents.Keys.Where(name => name.StartsWith("lambda", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, lambdas.Length);
        Assert.All(lambdas, lambda => Assert.Null(parents[lambda]));
        foreach (var path in new[] { "/a", "/b", "/c" })
            Assert.Contains($"(\"{path}\", _)", parents[$"Fetch(\"{path}\")"]);   // under its own lambda, not the previous one
    });

    [Fact]
    public Task Given_a_method_calling_two_async_methods_When_recorded_Then_both_calls_are_its_children() => OffTestContext(async () =>
    {
        using var recording = Timeline.Record("nested");
        await FetchBoth("/a", "/b");
        recording.Dispose();

        var parents = ParentsOf(recording.Snapshot());
        Assert.Equal(3, parents.Count);
        Assert.Null(parents["FetchBoth(\"/a\", \"/b\")"]);
        Assert.Equal("FetchBoth(\"/a\", \"/b\")", parents["Fetch(\"/a\")"]);
        Assert.Equal("FetchBoth(\"/a\", \"/b\")", parents["Fetch(\"/b\")"]);
    });

    [Fact]
    public Task Given_WhenAll_of_three_calls_from_the_recorded_code_When_recorded_Then_all_three_are_roots() => OffTestContext(async () =>
    {
        using var recording = Timeline.Record("roots");
        await Task.WhenAll(Fetch("/1"), Fetch("/2"), Fetch("/3"));
        recording.Dispose();

        var lanes = recording.Snapshot().Lanes;
        Assert.Equal(3, lanes.Count);
        Assert.All(lanes, lane => Assert.Null(lane.ParentId));
    });

    [Fact]
    public Task Given_calls_awaited_one_after_another_from_the_recorded_code_When_recorded_Then_all_are_roots() => OffTestContext(async () =>
    {
        // Each call after the first starts in the recorded code's continuation, which runs inline inside the previous call's last run.
        using var recording = Timeline.Record("one by one");
        await Fetch("/1");
        await Fetch("/2");
        await Fetch("/3");
        recording.Dispose();

        var lanes = recording.Snapshot().Lanes;
        Assert.Equal(3, lanes.Count);
        Assert.All(lanes, lane => Assert.Null(lane.ParentId));
    });

    [Fact]
    public Task Given_recursion_three_deep_When_recorded_Then_each_call_is_the_child_of_the_one_before() => OffTestContext(async () =>
    {
        using var recording = Timeline.Record("recursion");
        await Countdown(2);
        recording.Dispose();

        var parents = ParentsOf(recording.Snapshot());
        Assert.Equal(3, parents.Count);
        Assert.Null(parents["Countdown(2)"]);
        Assert.Equal("Countdown(2)", parents["Countdown(1)"]);
        Assert.Equal("Countdown(1)", parents["Countdown(0)"]);
    });

    [Fact]
    public Task Given_a_call_made_after_its_caller_resumed_When_recorded_Then_it_is_the_callers_child() => OffTestContext(async () =>
    {
        using var recording = Timeline.Record("after a pause");
        await Task.WhenAll(FetchAfterAPause("/x"), Fetch("/y"));
        recording.Dispose();

        var parents = ParentsOf(recording.Snapshot());
        Assert.Equal("FetchAfterAPause(\"/x\")", parents["Fetch(\"/x\")"]);
        Assert.Null(parents["FetchAfterAPause(\"/x\")"]);
        Assert.Null(parents["Fetch(\"/y\")"]);
    });

    [Fact]
    public Task Given_nested_calls_When_shown_as_text_Then_children_sit_right_under_their_caller_indented() => OffTestContext(async () =>
    {
        using var recording = Timeline.Record("text");
        await Task.WhenAll(Fetch("/first"), FetchBoth("/a", "/b"));
        recording.Dispose();

        var rows = recording.ToString().Split('\n').Where(l => l.Contains(" |")).Select(l => l[..l.IndexOf(" |", StringComparison.Ordinal)].TrimEnd())
            .Where(name => name.Length > 0).ToArray();
        Assert.Equal(["Fetch(\"/first\")", "FetchBoth(\"/a\",…", "  └ Fetch(\"/a\")", "  └ Fetch(\"/b\")"], rows);
    });
}
