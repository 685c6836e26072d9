using NotebookRunner.Directives;

namespace NotebookRunner.Tests.Directives;

public sealed class DirectiveParserTests
{
    [Fact]
    public void Given_nuget_references_with_and_without_version_when_parsed_then_both_are_read_and_their_lines_blanked()
    {
        var cell = DirectiveParser.Parse("#r \"nuget: Humanizer.Core, 2.14.1\"\n#r \"nuget:Spectre.Console\"\nvar x = 1;");

        Assert.Equal([new NuGetReference(1, "Humanizer.Core", "2.14.1"), new NuGetReference(2, "Spectre.Console", null)], cell.Directives);
        Assert.Equal("\n\nvar x = 1;", cell.Code);
        Assert.Null(cell.Kernel);
    }

    [Fact]
    public void Given_a_dll_reference_and_a_package_source_when_parsed_then_paths_are_kept_as_written()
    {
        var cell = DirectiveParser.Parse("#r \"../artifacts/helpers/TaskTimeline.dll\"\n#i \"nuget: /srv/feed\"\nusing TaskTimeline;");

        Assert.Equal([new AssemblyReference(1, "../artifacts/helpers/TaskTimeline.dll"), new PackageSource(2, "/srv/feed")], cell.Directives);
        Assert.Equal("\n\nusing TaskTimeline;", cell.Code);
    }

    [Fact]
    public void Given_a_first_line_kernel_switch_when_parsed_then_the_cell_belongs_to_that_kernel()
    {
        Assert.Equal("fsharp", DirectiveParser.Parse("#!fsharp\nprintfn \"x\"").Kernel);
        Assert.Null(DirectiveParser.Parse("#!csharp\nvar x = 1;").Kernel);
        Assert.Null(DirectiveParser.Parse("#!c#\nvar x = 1;").Kernel);
    }

    [Fact]
    public void Given_a_kernel_switch_after_code_when_parsed_then_it_is_invalid()
    {
        var cell = DirectiveParser.Parse("var x = 1;\n#!pwsh\nGet-Date");

        var invalid = Assert.IsType<InvalidDirective>(Assert.Single(cell.Directives));
        Assert.Equal(2, invalid.Line);
        Assert.Equal("switching kernels inside a cell is not supported: put it in its own cell", invalid.Reason);
    }

    [Fact]
    public void Given_magic_commands_when_parsed_then_import_and_time_are_known_and_others_are_invalid()
    {
        var cell = DirectiveParser.Parse("#!import shared/helpers.csx\n#!time\n#!whos");

        Assert.Equal(new ImportFile(1, "shared/helpers.csx"), cell.Directives[0]);
        Assert.Equal(new TimeCell(2), cell.Directives[1]);
        Assert.Equal(new InvalidDirective(3, "#!whos", "unknown magic command '#!whos'"), cell.Directives[2]);
    }

    [Fact]
    public void Given_malformed_directives_when_parsed_then_each_says_what_was_expected()
    {
        var cell = DirectiveParser.Parse("#r \"nuget: \"\n#i \"/srv/feed\"\n#r \"nuget: A, 1, 2\"");

        Assert.Equal(
            ["expected #r \"nuget: PackageId\" or #r \"nuget: PackageId, Version\"", "#i takes a package source: #i \"nuget: <absolute path or URL>\"", "expected #r \"nuget: PackageId\" or #r \"nuget: PackageId, Version\""],
            cell.Directives.Cast<InvalidDirective>().Select(directive => directive.Reason));
    }

    [Fact]
    public void Given_preprocessor_lines_and_strings_that_look_like_directives_when_parsed_then_they_stay_code()
    {
        string source = "#region setup\nvar s = \"#r \\\"x.dll\\\"\";\n#endregion";

        var cell = DirectiveParser.Parse(source);

        Assert.Empty(cell.Directives);
        Assert.Equal(source, cell.Code);
    }
}
