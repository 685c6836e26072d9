using CourseSite.CommandLine;

return await SiteCommand.Create().Parse(args).InvokeAsync();
