using System.Threading.Channels;

namespace TaskTimeline.Tests.Recording.Automatic;

/// <summary>What a recording shows of async iterators and channels, whose awaits are not all <see cref="Task"/>s.</summary>
public class AsyncStreamRecordingTests
{
    private static async IAsyncEnumerable<int> Readings(int count)
    {
        for (int i = 1; i <= count; i++)
        {
            await Task.Delay(40);
            yield return i;
        }
    }

    private static async Task<int> SumReadings(IAsyncEnumerable<int> readings)
    {
        int sum = 0;
        await foreach (int reading in readings)
        {
            await Task.Delay(40);
            sum += reading;
        }
        return sum;
    }

    [Fact]
    public Task Given_an_async_iterator_When_await_foreach_pulls_it_Then_every_await_of_its_body_is_labelled_and_follows_the_previous_item() => OffTestContext(async () =>
    {
        using var recording = Timeline.Record("pull");
        int sum = await SumReadings(Readings(3));
        recording.Dispose();

        Assert.Equal(6, sum);
        var lanes = recording.Snapshot().Lanes;
        var iterator = lanes.Single(lane => lane.Name == "Readings(3)");
        var consumer = lanes.Single(lane => lane.Name.StartsWith("SumReadings("));
        var produced = Delays(iterator);
        var processed = Delays(consumer);
        Assert.Equal(3, produced.Count);
        Assert.Equal(3, processed.Count);
        // Pulled, not pushed: item k+1 is produced only after item k was processed.
        for (int k = 1; k < 3; k++)
            Assert.True(produced[k].StartMs >= processed[k - 1].EndMs, $"reading {k + 1} was produced at {produced[k].StartMs:0.0} ms, before reading {k} was processed ({processed[k - 1].EndMs:0.0} ms)");
    });

    [Fact]
    public Task Given_a_full_bounded_channel_When_the_producer_writes_Then_its_lane_awaits_until_a_consumer_takes_an_item() => OffTestContext(async () =>
    {
        var channel = Channel.CreateBounded<int>(1);
        async Task Produce()
        {
            for (int i = 0; i < 4; i++) await channel.Writer.WriteAsync(i);
            channel.Writer.Complete();
        }
        async Task Consume()
        {
            await foreach (int item in channel.Reader.ReadAllAsync()) await Task.Delay(60);
        }

        using var recording = Timeline.Record("backpressure");
        await Task.WhenAll(Produce(), Consume());
        recording.Dispose();

        var lanes = recording.Snapshot().Lanes;
        var producer = lanes.Single(lane => lane.Name == "Produce()");
        var consumer = lanes.Single(lane => lane.Name == "Consume()");
        var processing = Delays(consumer);
        Assert.Equal(4, processing.Count);
        // The channel holds one item and the consumer one more: the fourth write waits until the first item is processed.
        Assert.Contains(producer.Segments, s => s.Phase == SegmentPhase.Awaiting && s.StartMs < processing[0].EndMs && s.EndMs >= processing[0].EndMs);
        Assert.True(producer.EndMs >= processing[0].EndMs, $"the producer ended at {producer.EndMs:0.0} ms, before the consumer made room at {processing[0].EndMs:0.0} ms");
    });

    private static List<Segment> Delays(LaneTimeline lane) =>
        lane.Segments.Where(s => s.Phase == SegmentPhase.Awaiting && s.Label == "Task.Delay").ToList();
}
