using NotebookRunner.Tests.Infrastructure;

namespace NotebookRunner.Tests.Orchestration;

/// <summary>
/// Given warm/first/one.ipynb and warm/second/two.ipynb, when the runner runs both: the second notebook's worker was
/// started (and warmed up) while the first ran, yet it must behave exactly like a worker started cold.
/// </summary>
public sealed class WarmWorkerTests(WarmWorkerTests.Run run) : IClassFixture<WarmWorkerTests.Run>
{
    public sealed class Run : IDisposable
    {
        public FixtureFolder Fixtures { get; } = new();
        public RunnerResult Result { get; }

        public Run() => Result = RunnerCli.Run(Fixtures.Root, "warm", "-o", "out");

        public void Dispose() => Fixtures.Dispose();
    }

    [Fact]
    public void Then_both_notebooks_run_in_order_in_their_own_folders()
    {
        Assert.Equal(["stdout: first\n"], run.Result.Executed("one").Describe(1));
        Assert.Equal(["stdout: first\n"], run.Result.Executed("one").Describe(2));
        Assert.Equal("stdout: second\nno warm-start flag\n", Assert.Single(run.Result.Executed("two").Describe(1)));
    }

    [Fact]
    public void Then_the_warm_up_leaves_no_trace_in_the_second_notebook()
    {
        var two = run.Result.Executed("two");
        Assert.Equal(1, two.ExecutionCount(1));
        Assert.Equal(2, two.ExecutionCount(2));
    }

    [Fact]
    public void Then_a_runtime_error_in_the_warm_worker_names_its_cell()
    {
        Assert.Contains("warm/second/two.ipynb cell 2 (`int Fail() => throw new InvalidOperationExcep...`): System.InvalidOperationException: boom", run.Result.Errors);
        var traceback = run.Result.Executed("two").Outputs(2)[0]!["traceback"]!.AsArray().Select(line => line!.GetValue<string>()).ToArray();
        Assert.Equal("System.InvalidOperationException: boom", traceback[0]);
    }
}
