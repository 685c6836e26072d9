using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Primitives;

namespace TaskTimeline.Lab;

/// <summary>Writes httpbin's description of a request: the same keys, in the same (alphabetical) order, with the same value shapes.</summary>
internal static class HttpBinJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The keys httpbin's <c>/get</c> answers with.</summary>
    public static readonly string[] GetKeys = ["args", "headers", "origin", "url"];

    /// <summary>The keys httpbin's <c>/delay/{seconds}</c> answers with.</summary>
    public static readonly string[] DelayKeys = ["args", "data", "files", "form", "headers", "origin", "url"];

    /// <summary>Reads what <paramref name="keys"/> need from the request (its body only if asked for) and writes the JSON answer.</summary>
    public static async Task WriteAsync(HttpContext context, IReadOnlyList<string> keys, CancellationToken cancel)
    {
        var request = context.Request;
        IFormCollection? form = null;
        string data = "";
        if (keys.Contains("data") || keys.Contains("form") || keys.Contains("files"))
        {
            if (request.HasFormContentType) form = await request.ReadFormAsync(cancel);
            else data = await new StreamReader(request.Body, Encoding.UTF8).ReadToEndAsync(cancel);
        }

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        using (var json = new Utf8JsonWriter(response.BodyWriter, Options))
        {
            json.WriteStartObject();
            foreach (string key in keys)
            {
                json.WritePropertyName(key);
                switch (key)
                {
                    case "args": WriteMultiDictionary(json, request.Query); break;
                    case "data": json.WriteStringValue(data); break;
                    case "files": await WriteFilesAsync(json, form, cancel); break;
                    case "form": WriteMultiDictionary(json, form ?? FormCollection.Empty); break;
                    case "headers": WriteHeaders(json, request.Headers); break;
                    case "origin": json.WriteStringValue(Origin(context)); break;
                    case "url": json.WriteStringValue(request.GetDisplayUrl()); break;
                    default: throw new ArgumentOutOfRangeException(nameof(keys), key, "httpbin has no such key.");
                }
            }
            json.WriteEndObject();
        }
        await response.BodyWriter.WriteAsync("\n"u8.ToArray(), cancel);
    }

    /// <summary>Like httpbin: a key sent once maps to a string, a key sent several times to an array of strings.</summary>
    private static void WriteMultiDictionary(Utf8JsonWriter json, IEnumerable<KeyValuePair<string, StringValues>> pairs)
    {
        json.WriteStartObject();
        foreach (var (key, values) in pairs.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.WritePropertyName(key);
            if (values.Count == 1) json.WriteStringValue(values[0]);
            else
            {
                json.WriteStartArray();
                foreach (var value in values) json.WriteStringValue(value);
                json.WriteEndArray();
            }
        }
        json.WriteEndObject();
    }

    private static async Task WriteFilesAsync(Utf8JsonWriter json, IFormCollection? form, CancellationToken cancel)
    {
        json.WriteStartObject();
        foreach (var file in form?.Files ?? (IEnumerable<IFormFile>)[])
        {
            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
            json.WriteString(file.Name, await reader.ReadToEndAsync(cancel));
        }
        json.WriteEndObject();
    }

    /// <summary>httpbin shows header names in Title-Case (as the WSGI server rebuilds them), each value joined with commas.</summary>
    private static void WriteHeaders(Utf8JsonWriter json, IHeaderDictionary headers)
    {
        json.WriteStartObject();
        foreach (var (name, values) in headers.OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
            json.WriteString(TitleCase(name), values.ToString());
        json.WriteEndObject();
    }

    internal static string TitleCase(string headerName)
    {
        var text = new StringBuilder(headerName.Length);
        bool startOfWord = true;
        foreach (char c in headerName)
        {
            text.Append(startOfWord ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            startOfWord = c == '-';
        }
        return text.ToString();
    }

    private static string Origin(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null) return "";
        return (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
    }
}
