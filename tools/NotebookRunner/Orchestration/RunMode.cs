namespace NotebookRunner.Orchestration;

/// <summary>What the check cells are expected to say.</summary>
public enum RunMode
{
    /// <summary>Checks may say either; a check that says neither fails.</summary>
    AsGiven,
    /// <summary>Exercises run their solutions; every check must print ✅.</summary>
    WithSolutions,
    /// <summary>Exercises run as given; every check must print ❌ (proves each check can fail).</summary>
    ExpectUnsolved,
}
