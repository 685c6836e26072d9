namespace LessonApps.Export;

/// <summary>
/// Makes the cells' declarations fit ONE scope: a notebook lets a later cell declare a variable or method again, a C# file's
/// top-level code does not (nor a block's variable named like a top-level one). Earlier declarations of a re-declared variable are renamed (name1, name2, …; the last keeps its
/// name, so the exercises read as in the notebook). A cell declaring a method that a later cell declares again runs in a
/// local function of its own (methods are never renamed: lane names are method names); when a later cell uses what such a
/// cell declares, the export fails.
/// </summary>
internal sealed class CellScopes
{
    private readonly IReadOnlyList<CodeCell> _cells;
    private readonly bool[] _ownFunction;
    private readonly Dictionary<string, List<(int Cell, string Name)>> _versions = new();

    public CellScopes(string notebook, IReadOnlyList<CodeCell> cells)
    {
        _cells = cells;
        _ownFunction = new bool[cells.Count];
        foreach (var method in cells.SelectMany(c => c.Methods).Distinct())
        {
            var declaring = Enumerable.Range(0, cells.Count).Where(i => cells[i].Methods.Contains(method)).ToList();
            foreach (var i in declaring.SkipLast(1))
            {
                if (UsedLater(i) is { } use)
                    throw new ExportException($"{notebook}: cell {cells[i].Cell.Id} declares {method}(), which cell {cells[declaring[^1]].Cell.Id} declares again, and cell {cells[use.Cell].Cell.Id} uses its '{use.Name}': one C# file holds one local function per name; rename one of the methods in the lesson");
                _ownFunction[i] = true;
            }
        }
        var taken = cells.SelectMany(c => c.References.Concat(c.Variables).Concat(c.NestedVariables).Concat(c.Methods)).ToHashSet();
        foreach (var variable in cells.Where((_, i) => !_ownFunction[i]).SelectMany(c => c.Variables).Distinct())
        {
            var declaring = Enumerable.Range(0, cells.Count)
                .Where(i => !_ownFunction[i] && (cells[i].Variables.Contains(variable) || cells[i].NestedVariables.Contains(variable))).ToList();
            if (declaring.Count < 2) continue;
            var versions = new List<(int, string)>();
            for (int v = 0; v < declaring.Count; v++)
            {
                var name = variable;
                if (v < declaring.Count - 1)
                {
                    int n = v + 1;
                    while (taken.Contains(name = variable + n)) n += declaring.Count;
                    taken.Add(name);
                }
                versions.Add((declaring[v], name));
            }
            _versions[variable] = versions;
        }
    }

    /// <summary>Whether the cell runs in a local function of its own.</summary>
    public bool OwnFunction(int cell) => _ownFunction[cell];

    /// <summary>Old name → app name for the names cell <paramref name="cell"/> declares or uses, where they differ.</summary>
    public IReadOnlyDictionary<string, string> Renames(int cell)
    {
        var renames = new Dictionary<string, string>();
        foreach (var (variable, versions) in _versions)
        {
            if (_ownFunction[cell] && (_cells[cell].Declares(variable) || _cells[cell].NestedVariables.Contains(variable))) continue;   // its own local shadows the outer one
            // A cell's own declaration wins; otherwise the latest top-level one before it (a block's variable is not seen later).
            var bound = versions.LastOrDefault(v => v.Cell == cell || v.Cell < cell && _cells[v.Cell].Variables.Contains(variable));
            if (bound.Name is { } name && name != variable && (_cells[cell].References.Contains(variable) || _cells[cell].Variables.Contains(variable) || _cells[cell].NestedVariables.Contains(variable)))
                renames[variable] = name;
        }
        return renames;
    }

    /// <summary>The first later use of something cell <paramref name="cell"/> declares, before a cell declares it again.</summary>
    private (int Cell, string Name)? UsedLater(int cell)
    {
        foreach (var name in _cells[cell].Methods.Concat(_cells[cell].Variables))
            for (int j = cell + 1; j < _cells.Count && !_cells[j].Declares(name); j++)
                if (_cells[j].References.Contains(name)) return (j, name);
        return null;
    }
}
