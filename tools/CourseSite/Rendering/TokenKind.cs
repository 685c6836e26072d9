namespace CourseSite.Rendering;

/// <summary>What a highlighted piece of C# is; each has its own colour in the stylesheet.</summary>
public enum TokenKind { Keyword, String, Comment, Number, Identifier, Type, Method, Preprocessor }

/// <summary>CSS names of <see cref="TokenKind"/> (the stylesheet's <c>.tok-…</c> classes).</summary>
public static class TokenKindExtensions
{
    public static string CssName(this TokenKind kind) => kind switch
    {
        TokenKind.Keyword => "keyword",
        TokenKind.String => "string",
        TokenKind.Comment => "comment",
        TokenKind.Number => "number",
        TokenKind.Identifier => "identifier",
        TokenKind.Type => "type",
        TokenKind.Method => "method",
        TokenKind.Preprocessor => "preprocessor",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no CSS class for this token kind"),
    };
}
