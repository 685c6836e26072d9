using System.Reflection;
using TaskTimeline.Lab;

namespace TaskTimeline.Tests.Lab;

/// <summary>ASP.NET Core stays inside <c>TaskTimeline.Lab</c>: lessons that never serve HTTP import a namespace without it, and the lab's public surface shows none of it.</summary>
public sealed class LabNamespaceTests
{
    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Assembly Library = typeof(LabServer).Assembly;

    [Fact]
    public void No_type_outside_the_lab_namespace_uses_an_aspnetcore_type()
    {
        var offenders = Library.GetTypes()
            .Where(t => t.Namespace != typeof(LabServer).Namespace)
            .SelectMany(t => TypesUsedBy(t, Everything).Where(IsAspNetCore).Select(used => $"{t.FullName} uses {used.FullName}"))
            .Distinct()
            .ToList();

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Fact]
    public void The_lab_public_surface_shows_no_aspnetcore_type()
    {
        var offenders = Library.GetExportedTypes()
            .Where(t => t.Namespace == typeof(LabServer).Namespace)
            .SelectMany(t => TypesUsedBy(t, BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(IsAspNetCore).Select(used => $"{t.FullName} shows {used.FullName}"))
            .ToList();

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
        Assert.Contains(Library.GetTypes(), t => t.Namespace == typeof(LabServer).Namespace && TypesUsedBy(t, Everything).Any(IsAspNetCore));
    }

    /// <summary>Types in a type's signatures: base, interfaces, fields, properties, events, and method and constructor parameters and returns.</summary>
    private static IEnumerable<Type> TypesUsedBy(Type type, BindingFlags flags)
    {
        var direct = new List<Type?> { type.BaseType };
        direct.AddRange(type.GetInterfaces());
        direct.AddRange(type.GetFields(flags).Select(f => f.FieldType));
        direct.AddRange(type.GetProperties(flags).Select(p => p.PropertyType));
        direct.AddRange(type.GetEvents(flags).Select(e => e.EventHandlerType));
        foreach (var method in type.GetMethods(flags).Cast<MethodBase>().Concat(type.GetConstructors(flags)))
        {
            if (method is MethodInfo info) direct.Add(info.ReturnType);
            direct.AddRange(method.GetParameters().Select(p => p.ParameterType));
        }
        return direct.OfType<Type>().SelectMany(Unwrap);
    }

    /// <summary>A type and what it is made of: element types of arrays and by-refs, and generic arguments.</summary>
    private static IEnumerable<Type> Unwrap(Type type)
    {
        yield return type;
        if (type.HasElementType)
            foreach (var inner in Unwrap(type.GetElementType()!)) yield return inner;
        if (type.IsGenericType)
            foreach (var inner in type.GetGenericArguments().SelectMany(Unwrap)) yield return inner;
    }

    private static bool IsAspNetCore(Type type) => type.Assembly.GetName().Name?.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) == true;
}
