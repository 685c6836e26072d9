namespace TaskTimeline.Tests.Display;

public class NotebookSessionTests
{
    [Fact]
    public Task Given_the_loader_starts_a_session_When_the_cell_goes_on_Then_nothing_it_does_is_recorded() => Task.Run(() =>
    {
        NotebookSession.Start();

        Assert.Null(Timeline.CurrentRecording);
    });
}
