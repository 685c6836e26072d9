using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LessonApps.Export;

/// <summary>Renames variables (declarations and uses) in a cell's code, leaving alone lambdas and methods that declare the same name.</summary>
internal sealed class Renamer(IReadOnlyDictionary<string, string> renames) : CSharpSyntaxRewriter
{
    public override SyntaxNode? VisitIdentifierName(IdentifierNameSyntax node) =>
        CodeCell.IsReference(node) && NewName(node, node.Identifier) is { } name ? node.WithIdentifier(Renamed(node.Identifier, name)) : node;

    public override SyntaxNode? VisitVariableDeclarator(VariableDeclaratorSyntax node)
    {
        var name = NewName(node, node.Identifier);
        var visited = (VariableDeclaratorSyntax)base.VisitVariableDeclarator(node)!;
        return name is null ? visited : visited.WithIdentifier(Renamed(node.Identifier, name));
    }

    public override SyntaxNode? VisitSingleVariableDesignation(SingleVariableDesignationSyntax node) =>
        NewName(node, node.Identifier) is { } name ? node.WithIdentifier(Renamed(node.Identifier, name)) : node;

    private string? NewName(SyntaxNode node, SyntaxToken identifier) =>
        renames.TryGetValue(identifier.ValueText, out var name) && !CodeCell.Shadowed(node, identifier.ValueText) ? name : null;

    private static SyntaxToken Renamed(SyntaxToken old, string name) => SyntaxFactory.Identifier(old.LeadingTrivia, name, old.TrailingTrivia);
}
