using TaskTimeline.Lab;

namespace TaskTimeline.Tests.Lab;

/// <summary>TASKTIMELINE_HTTPBIN_URL sends a notebook's requests to another httpbin instead of starting the lab server.</summary>
public sealed class BaseUrlOverrideTests
{
    private static Task<LabServer> StartWith(string? variable) =>
        LabServer.StartAsync(new LabServerOptions(), name => name == LabServer.BaseUrlVariable ? variable : null, CancellationToken.None);

    [Theory]
    [InlineData("https://httpbin.org", "https://httpbin.org/", "https://httpbin.org/delay/2")]
    [InlineData("http://10.0.0.5:8080/httpbin", "http://10.0.0.5:8080/httpbin/", "http://10.0.0.5:8080/httpbin/delay/2")]
    [InlineData(" http://localhost:8080/ ", "http://localhost:8080/", "http://localhost:8080/delay/2")]
    public async Task The_variable_replaces_the_lab_server(string variable, string baseAddress, string delayUrl)
    {
        // When
        await using var lab = await StartWith(variable);

        // Then nothing runs here, and URLs are built on the named httpbin (keeping its path prefix)
        Assert.True(lab.IsExternal);
        Assert.Equal(baseAddress, lab.BaseAddress.ToString());
        Assert.Equal(delayUrl, lab.Url("/delay/2").ToString());
        Assert.Equal($"httpbin at {baseAddress} (from TASKTIMELINE_HTTPBIN_URL)", lab.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Without_the_variable_the_lab_server_starts_on_loopback(string? variable)
    {
        await using var lab = await StartWith(variable);

        Assert.False(lab.IsExternal);
        Assert.Equal("127.0.0.1", lab.BaseAddress.Host);
        Assert.NotEqual(0, lab.BaseAddress.Port);
    }

    [Theory]
    [InlineData("httpbin.org")]
    [InlineData("ftp://httpbin.org")]
    public async Task A_value_that_is_not_an_http_url_is_refused_with_the_reason(string variable)
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartWith(variable));

        Assert.Equal($"TASKTIMELINE_HTTPBIN_URL='{variable}' is not an absolute http(s) URL; set it to e.g. https://httpbin.org, or unset it to use the built-in lab server.", error.Message);
    }
}

/// <summary>Changes the real process environment, so it runs alone.</summary>
[CollectionDefinition(nameof(ProcessEnvironment), DisableParallelization = true)]
public sealed class ProcessEnvironment;

[Collection(nameof(ProcessEnvironment))]
public sealed class BaseUrlVariableTests
{
    [Fact]
    public async Task StartAsync_reads_the_real_environment_variable()
    {
        string? before = Environment.GetEnvironmentVariable(LabServer.BaseUrlVariable);
        try
        {
            // Given
            Environment.SetEnvironmentVariable(LabServer.BaseUrlVariable, "http://127.0.0.2:8080");

            // When
            await using var lab = await LabServer.StartAsync();

            // Then
            Assert.True(lab.IsExternal);
            Assert.Equal("http://127.0.0.2:8080/get", lab.Url("get").ToString());
        }
        finally
        {
            Environment.SetEnvironmentVariable(LabServer.BaseUrlVariable, before);
        }
    }
}
