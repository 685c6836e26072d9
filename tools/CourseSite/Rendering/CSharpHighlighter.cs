using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace CourseSite.Rendering;

/// <summary>
/// Turns C# (script flavour, as notebook cells are) into HTML with one <c>&lt;span class="tok-…"&gt;</c> per classified token,
/// using Roslyn's parser so the colours follow the language rather than a regex's guess.
/// </summary>
public static class CSharpHighlighter
{
    static readonly CSharpParseOptions ScriptOptions = new(
        LanguageVersion.Preview, DocumentationMode.None, SourceCodeKind.Script);

    /// <summary>The HTML-escaped code with classified spans; text outside any span (punctuation, spaces) is plain.</summary>
    public static string ToHtml(string code)
    {
        var root = CSharpSyntaxTree.ParseText(code, ScriptOptions).GetRoot();
        var spans = Classify(root).OrderBy(span => span.Span.Start).ToList();
        var html = new StringBuilder(code.Length * 2);
        var position = 0;
        foreach (var (span, kind) in spans)
        {
            if (span.Start < position || span.IsEmpty)
                continue;
            html.Append(HtmlText.Encode(code[position..span.Start]));
            html.Append("<span class=\"tok-").Append(kind.CssName()).Append("\">")
                .Append(HtmlText.Encode(code.Substring(span.Start, span.Length)))
                .Append("</span>");
            position = span.End;
        }
        html.Append(HtmlText.Encode(code[position..]));
        return html.ToString();
    }

    /// <summary>Every classified token and comment of the tree, in no particular order.</summary>
    public static IEnumerable<(TextSpan Span, TokenKind Kind)> Classify(SyntaxNode root)
    {
        foreach (var token in root.DescendantTokens(descendIntoTrivia: true))
        {
            if (ClassifyToken(token) is { } kind)
                yield return (token.Span, kind);
        }
        foreach (var trivia in root.DescendantTrivia(descendIntoTrivia: true))
        {
            if (trivia.Kind() is SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia or SyntaxKind.DisabledTextTrivia)
                yield return (trivia.Span, TokenKind.Comment);
        }
    }

    static TokenKind? ClassifyToken(SyntaxToken token)
    {
        var kind = token.Kind();
        if (token.Parent is DirectiveTriviaSyntax)
            return kind == SyntaxKind.StringLiteralToken ? TokenKind.String : TokenKind.Preprocessor;
        if (SyntaxFacts.IsKeywordKind(kind))
            return TokenKind.Keyword;
        return kind switch
        {
            SyntaxKind.StringLiteralToken or SyntaxKind.CharacterLiteralToken or SyntaxKind.Utf8StringLiteralToken
                or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken
                or SyntaxKind.Utf8SingleLineRawStringLiteralToken or SyntaxKind.Utf8MultiLineRawStringLiteralToken
                or SyntaxKind.InterpolatedStringStartToken or SyntaxKind.InterpolatedStringEndToken
                or SyntaxKind.InterpolatedStringTextToken or SyntaxKind.InterpolatedSingleLineRawStringStartToken
                or SyntaxKind.InterpolatedMultiLineRawStringStartToken or SyntaxKind.InterpolatedRawStringEndToken
                => token.Parent is InterpolationFormatClauseSyntax ? null : TokenKind.String,
            SyntaxKind.NumericLiteralToken => TokenKind.Number,
            SyntaxKind.IdentifierToken => ClassifyIdentifier(token),
            _ => null,
        };
    }

    /// <summary>
    /// Without a semantic model, the syntax alone still tells keywords-in-disguise (<c>var</c>, <c>nameof</c>),
    /// declared and type-position names, and called methods apart from other identifiers.
    /// </summary>
    static TokenKind ClassifyIdentifier(SyntaxToken token)
    {
        switch (token.Parent)
        {
            case IdentifierNameSyntax name when token.ValueText == "var" && SyntaxFacts.IsInTypeOnlyContext(name):
            case IdentifierNameSyntax { Parent: InvocationExpressionSyntax } when token.ValueText == "nameof":
                return TokenKind.Keyword;
            case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax or TypeParameterSyntax:
                return TokenKind.Type;
            case MethodDeclarationSyntax or LocalFunctionStatementSyntax:
                return TokenKind.Method;
            case SimpleNameSyntax name when SyntaxFacts.IsInTypeOnlyContext(name):
                return TokenKind.Type;
            case SimpleNameSyntax name when IsInvoked(name):
                return TokenKind.Method;
            default:
                return TokenKind.Identifier;
        }
    }

    static bool IsInvoked(SimpleNameSyntax name) => name.Parent switch
    {
        InvocationExpressionSyntax invocation => invocation.Expression == name,
        MemberAccessExpressionSyntax access when access.Name == name => access.Parent is InvocationExpressionSyntax call && call.Expression == access,
        _ => false,
    };
}
