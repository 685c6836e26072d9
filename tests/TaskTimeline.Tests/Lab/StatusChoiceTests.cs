using System.Net;
using Microsoft.Extensions.Time.Testing;
using TaskTimeline.Lab;

namespace TaskTimeline.Tests.Lab;

/// <summary><c>/status/{codes}</c> with httpbin's weights: any finite weight counts, and a seed makes the choice repeatable.</summary>
public sealed class StatusChoiceTests
{
    [Theory]
    [InlineData("200:1e308,503:0", 200)]
    [InlineData("200:0,503:1e308", 503)]
    [InlineData("200:1e-300,503:0", 200)]
    public async Task Extreme_weights_are_still_weights(string codes, int expected)
    {
        await using var lab = await LabServerFixture.StartAsync(new FakeTimeProvider());
        using var http = new HttpClient();

        using var response = await http.GetAsync(lab.Url($"/status/{codes}"));

        Assert.Equal(expected, (int)response.StatusCode);
    }

    [Fact]
    public async Task Two_weights_at_doubles_limit_do_not_overflow_to_an_error()
    {
        await using var lab = await LabServerFixture.StartAsync(new FakeTimeProvider());
        using var http = new HttpClient();

        using var response = await http.GetAsync(lab.Url("/status/200:1e308,503:1e308"));

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable });
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_answers_in_the_same_order()
    {
        // Given two servers with the same seed and one with another
        var first = await Answers(seed: 42);
        var second = await Answers(seed: 42);
        var other = await Answers(seed: 7);

        // Then the seeded sequences match, mix both codes, and a different seed gives a different sequence
        Assert.Equal(first, second);
        Assert.Contains(200, first);
        Assert.Contains(503, first);
        Assert.NotEqual(first, other);
    }

    private static async Task<int[]> Answers(int seed)
    {
        await using var lab = await LabServer.StartAsync(new LabServerOptions { Seed = seed, HonorBaseUrlVariable = false });
        using var http = new HttpClient();
        var codes = new int[40];
        for (int i = 0; i < codes.Length; i++)
        {
            using var response = await http.GetAsync(lab.Url("/status/200:1,503:1"));
            codes[i] = (int)response.StatusCode;
        }
        return codes;
    }
}
