string[] survey = { "/delay/1", "/status/503", "/delay/2", "/delay/1", "/status/200" };
var asking = Timeline.Record("Survey");
Task<int>[] answers = survey.Select(Fetch).ToArray();   // enumerate the query once: the array holds the running tasks
await Task.WhenAll(answers);
int healthy = answers.Count(answer => answer.Result == 200);   // completed tasks: Result does not block
Console.WriteLine($"{healthy} of {survey.Length} answered 200");
asking
