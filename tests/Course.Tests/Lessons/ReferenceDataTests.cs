using System.Text.Json;
using System.Text.RegularExpressions;

namespace Course.Tests.Lessons;

public sealed partial class ReferenceDataTests
{
    static IReadOnlyList<string> DataFiles => Directory.EnumerateFiles(Lessons.DataFolder, "*.json").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Given_the_lessons_Then_every_reference_they_load_exists_in_data()
    {
        var loaded = Lessons.All.SelectMany(lesson => lesson.CodeCells.SelectMany(cell => ReferenceLoad().Matches(cell.Source))
            .Select(match => (lesson.Name, File: match.Groups[1].Value + ".json"))).ToArray();

        Assert.NotEmpty(loaded);
        Assert.All(loaded, reference => Assert.True(File.Exists(Path.Combine(Lessons.DataFolder, reference.File)), $"{reference.Name} loads data/{reference.File}, which does not exist"));
    }

    [Fact]
    public void Given_the_data_folder_Then_every_json_file_is_a_task_timeline_with_lanes_and_events()
    {
        Assert.NotEmpty(DataFiles);
        Assert.All(DataFiles, file =>
        {
            var root = JsonDocument.Parse(File.ReadAllText(file)).RootElement;
            Assert.Equal("task-timeline/1", root.GetProperty("schema").GetString());
            Assert.Contains(root.GetProperty("mode").GetString(), new[] { "threadPool", "eventLoop" });
            int lanes = root.GetProperty("lanes").GetArrayLength();
            Assert.True(lanes > 0, $"{file}: no lanes");
            Assert.All(root.GetProperty("events").EnumerateArray(), e => Assert.InRange(e.GetProperty("lane").GetInt32(), 0, lanes - 1));
            var kinds = root.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToHashSet();
            Assert.Contains("end", kinds);
        });
    }

    [Fact]
    public void Given_the_data_folder_Then_its_readme_describes_every_file_and_the_schema()
    {
        var readme = File.ReadAllText(Path.Combine(Lessons.DataFolder, "README.md"));

        Assert.Contains("task-timeline/1", readme);
        Assert.All(DataFiles, file => Assert.Contains(Path.GetFileName(file), readme));
    }

    [GeneratedRegex("""ReferenceTimeline\.Load\("([^"]+)"\)""")]
    private static partial Regex ReferenceLoad();
}
