using System.Net;
using System.Text.Json;
using TaskTimeline.Lab;

namespace TaskTimeline.Tests.Lab;

/// <summary>The lab server answers like httpbin, so a lesson can point at either.</summary>
public sealed class HttpBinShapeTests(LabServerFixture server) : IClassFixture<LabServerFixture>
{
    private LabServer Lab => server.Lab;

    [Fact]
    public async Task Delay_answers_with_httpbins_keys_in_httpbins_order()
    {
        // Given a finished zero-second delay with a query string and a custom header
        using var request = new HttpRequestMessage(HttpMethod.Get, Lab.Url("/delay/0?lesson=4&tag=a&tag=b"));
        request.Headers.Add("x-lesson-name", "concurrent http");

        // When it is answered
        using var response = await server.Http.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        // Then the body has httpbin's /delay keys and value shapes
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        var root = json.RootElement;
        Assert.Equal(["args", "data", "files", "form", "headers", "origin", "url"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("4", root.GetProperty("args").GetProperty("lesson").GetString());
        Assert.Equal(["a", "b"], root.GetProperty("args").GetProperty("tag").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("", root.GetProperty("data").GetString());
        Assert.Equal(JsonValueKind.Object, root.GetProperty("files").ValueKind);
        Assert.Empty(root.GetProperty("form").EnumerateObject());
        Assert.Equal($"127.0.0.1:{Lab.BaseAddress.Port}", root.GetProperty("headers").GetProperty("Host").GetString());
        Assert.Equal("concurrent http", root.GetProperty("headers").GetProperty("X-Lesson-Name").GetString());
        Assert.Equal("127.0.0.1", root.GetProperty("origin").GetString());
        Assert.Equal($"{Lab.BaseAddress}delay/0?lesson=4&tag=a&tag=b", root.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Get_answers_with_httpbins_get_keys()
    {
        // Given / When
        using var json = JsonDocument.Parse(await server.Http.GetStringAsync(Lab.Url("/get?q=1")));

        // Then
        Assert.Equal(["args", "headers", "origin", "url"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("1", json.RootElement.GetProperty("args").GetProperty("q").GetString());
        Assert.Equal($"{Lab.BaseAddress}get?q=1", json.RootElement.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Delay_echoes_a_posted_body_as_data()
    {
        using var response = await server.Http.PostAsync(Lab.Url("/delay/0"), new StringContent("""{"tea":"green"}"""));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("""{"tea":"green"}""", json.RootElement.GetProperty("data").GetString());
        Assert.Empty(json.RootElement.GetProperty("form").EnumerateObject());
    }

    [Fact]
    public async Task Delay_echoes_form_fields_as_form_and_uploads_as_files()
    {
        // Given a multipart form with one field and one file
        var form = new MultipartFormDataContent
        {
            { new StringContent("oolong"), "tea" },
            { new ByteArrayContent("steep 3 minutes"u8.ToArray()), "recipe", "recipe.txt" },
        };

        // When it is posted
        using var response = await server.Http.PostAsync(Lab.Url("/delay/0"), form);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        // Then the field is under form, the file's text under files, and data is empty
        Assert.Equal("oolong", json.RootElement.GetProperty("form").GetProperty("tea").GetString());
        Assert.Equal("steep 3 minutes", json.RootElement.GetProperty("files").GetProperty("recipe").GetString());
        Assert.Equal("", json.RootElement.GetProperty("data").GetString());
    }

    [Theory]
    [InlineData("x-request-id", "X-Request-Id")]
    [InlineData("ACCEPT", "Accept")]
    [InlineData("Content-Type", "Content-Type")]
    public void Header_names_are_shown_in_title_case_like_httpbin(string sent, string shown) =>
        Assert.Equal(shown, HttpBinJson.TitleCase(sent));
}
