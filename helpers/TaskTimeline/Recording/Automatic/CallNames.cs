using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace TaskTimeline;

/// <summary>Names a lane the way a reader would write the call: <c>Brew("Masala")</c>, from the compiler's state machine.</summary>
internal static partial class CallNames
{
    private static readonly ConcurrentDictionary<Type, Parameter[]> ParameterFields = new();

    /// <summary>
    /// The method behind a compiler-generated state machine or delegate name: <c>&lt;Brew&gt;d__3</c> → Brew,
    /// <c>&lt;&lt;Main&gt;$&gt;g__Brew|0_1&gt;d</c> (a local function) → Brew, <c>&lt;&lt;Run&gt;b__0_0&gt;d</c> → "lambda in Run".
    /// </summary>
    public static string MethodOf(string generatedName)
    {
        if (LocalFunction().Match(generatedName) is { Success: true } local) return local.Groups[1].Value;
        if (Lambda().Match(generatedName) is { Success: true } lambda)
            return IsTopLevel(lambda.Groups[1].Value) ? "lambda" : "lambda in " + lambda.Groups[1].Value.Trim('<', '>', '$');
        if (Method().Match(generatedName) is { Success: true } method) return method.Groups[1].Value;
        return generatedName;
    }

    /// <summary>Whether the state machine is a notebook cell's or a program's top-level code rather than a method the reader wrote.</summary>
    public static bool IsTopLevelCode(string generatedName) => Method().Match(generatedName) is { Success: true } m && IsTopLevel(m.Groups[1].Value);

    /// <summary>The call with its arguments, read from the state machine the task runs; the bare method name when that is out of reach.</summary>
    public static string CallOf(Task? box, string generatedName)
    {
        var name = MethodOf(generatedName);
        var stateMachine = box?.GetType().GetField("StateMachine")?.GetValue(box);
        if (stateMachine is null) return name + "(…)";
        var fields = ParameterFields.GetOrAdd(stateMachine.GetType(), ParametersOf);
        var text = new StringBuilder(name).Append('(');
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0) text.Append(", ");
            text.Append(fields[i].Copy is { } copy ? Argument(copy.GetValue(stateMachine), fields[i].Name) : fields[i].Name);
        }
        return text.Append(')').ToString();
    }

    /// <summary>The state machine's copies of the method's parameters, in the order the method declares them.</summary>
    private readonly record struct Parameter(string Name, FieldInfo? Copy);

    private static Parameter[] ParametersOf(Type stateMachine)
    {
        var copies = stateMachine.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(f => !f.Name.StartsWith('<'))
            .ToDictionary(f => f.Name);
        var method = stateMachine.DeclaringType?
            .GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
            .FirstOrDefault(m => m.GetCustomAttribute<AsyncStateMachineAttribute>()?.StateMachineType == stateMachine);
        if (method is null) return copies.Values.OrderBy(f => f.MetadataToken).Select(f => new Parameter(f.Name, f)).ToArray();
        // An optimised build keeps only the parameters used after an await; the others show by name.
        return method.GetParameters().Select(p => p.Name is { } name && copies.TryGetValue(name, out var f) ? new Parameter(name, f) : new Parameter(p.Name ?? "?", null)).ToArray();
    }

    private static readonly FieldInfo? TaskAction = typeof(Task).GetField("m_action", BindingFlags.Instance | BindingFlags.NonPublic);

    /// <summary>
    /// The lane name of a work item (a started <see cref="Task"/>): <c>Task.Run(Crunch)</c> or <c>Task.Run(lambda)</c> for the reader's
    /// delegate, <c>Parallel worker</c> for the workers of <c>Parallel.For</c>/<c>ForEach</c>, and null for a library's own work items.
    /// </summary>
    public static string? WorkItemOf(Task? task, string delegateMethod)
    {
        var method = (TaskAction?.GetValue(task) as Delegate)?.Method;
        var assembly = method?.DeclaringType?.Assembly;
        if (assembly is null) return "Task.Run(" + MethodOf(delegateMethod) + ")";
        if (assembly.GetName().Name == "System.Threading.Tasks.Parallel") return "Parallel worker";
        return IsUserAssembly(assembly) ? "Task.Run(" + MethodOf(delegateMethod) + ")" : null;
    }

    /// <summary>A literal for simple values (strings, numbers, booleans, enums); the parameter's name for anything else.</summary>
    internal static string Argument(object? value, string parameterName) => value switch
    {
        null => "null",
        string s => "\"" + (s.Length > 32 ? s[..31] + "…" : s) + "\"",
        char c => "'" + c + "'",
        bool b => b ? "true" : "false",
        Enum e => e.GetType().Name + "." + e,
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        _ when value.GetType().IsPrimitive || value is decimal => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => parameterName,
    };

    private static bool IsTopLevel(string method) => method.Trim('<', '>', '$') is "Initialize" or "Main";

    private static readonly ConcurrentDictionary<System.Reflection.Assembly, bool> UserAssemblies = new();

    /// <summary>
    /// Whether an async method's state machine is the reader's code (a notebook cell, a program, a test) rather than a library's:
    /// HttpClient's or Polly's own async methods are not lanes. Libraries are told by their strong name.
    /// </summary>
    public static bool IsUserCode(Task? box)
    {
        var stateMachine = box?.GetType().GetField("StateMachine")?.FieldType;
        if (stateMachine is null) return true;
        return IsUserAssembly(stateMachine.Assembly);
    }

    /// <summary>Whether a state machine type is the learner's code (see <see cref="IsUserCode(Task?)"/>).</summary>
    public static bool IsUserType(Type stateMachine) => IsUserAssembly(stateMachine.Assembly);

    // Not by folder: a self-contained app (or test host) keeps the runtime's assemblies beside its own.
    private static bool IsUserAssembly(System.Reflection.Assembly assembly) =>
        UserAssemblies.GetOrAdd(assembly, static assembly =>
            assembly != typeof(CallNames).Assembly
            && (assembly.IsDynamic || assembly.GetName().GetPublicKeyToken() is not { Length: > 0 }));

    [GeneratedRegex(@"g__([^|]+)\|")]
    private static partial Regex LocalFunction();

    [GeneratedRegex(@"<(<[^>]+>\$?|[^<>]+)>b__")]
    private static partial Regex Lambda();

    [GeneratedRegex(@"^<(<[^>]+>\$?|[^<>]+)>d__")]
    private static partial Regex Method();
}
