using LessonApps.CommandLine;

return await ExportCommand.Create().Parse(args).InvokeAsync();
