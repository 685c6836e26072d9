using System.Text;

namespace CourseSite.Rendering;

/// <summary>
/// Escapes text for HTML content and attribute values. Only the five markup characters change: pages are UTF-8, so
/// "·", "✔" or "❌" stay readable in the source (WebUtility.HtmlEncode would turn Latin-1 letters into numeric entities).
/// </summary>
public static class HtmlText
{
    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
            return text;
        var html = new StringBuilder(text.Length + 16);
        foreach (var character in text)
        {
            switch (character)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                default: html.Append(character); break;
            }
        }
        return html.ToString();
    }
}
