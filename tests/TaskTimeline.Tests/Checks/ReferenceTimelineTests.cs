namespace TaskTimeline.Tests.Checks;

public sealed class ReferenceTimelineTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("reference-timeline-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Given_a_data_folder_above_the_notebook_When_a_reference_is_loaded_by_name_Then_its_lanes_come_back()
    {
        var recorded = new Recorded().Lane("Masala", 0, 2000).Lane("Green", 1, 2001).Snapshot("WhenAll");
        Directory.CreateDirectory(Path.Combine(_root, "data"));
        File.WriteAllText(Path.Combine(_root, "data", "03-whenall.json"), TimelineJson.Write(recorded));
        var notebooks = Directory.CreateDirectory(Path.Combine(_root, "notebooks")).FullName;

        var loaded = ReferenceTimeline.Load("03-whenall", [notebooks]);

        Assert.Equal("WhenAll", loaded.Title);
        Assert.Equal(["Masala", "Green"], loaded.LaneNames);
        Assert.Equal(recorded.Events, loaded.Events);
    }

    [Fact]
    public void Given_no_such_file_When_loaded_Then_the_error_names_the_file_and_the_folders_searched()
    {
        Directory.CreateDirectory(Path.Combine(_root, "data"));

        var error = Assert.Throws<FileNotFoundException>(() => ReferenceTimeline.Load("99-missing.json", [_root]));

        Assert.StartsWith("Reference timeline '99-missing.json' was not found in any data/ folder above the notebook (searched: ", error.Message);
        Assert.Contains(Path.Combine(_root, "data"), error.Message);
    }
}
