using NotebookRunner.CommandLine;

return await RunnerCommand.Create().Parse(args).InvokeAsync();
