string[] survey = { "/delay/1", "/status/503", "/delay/2", "/delay/1", "/status/200" };
var asking = Timeline.Record("Survey");
Task<int>[] answers = survey.Select(Fetch).ToArray();   // started once, but never awaited
int healthy = answers.Count(answer => answer.IsCompletedSuccessfully && answer.Result == 200);
Console.WriteLine($"{healthy} of {survey.Length} answered 200");
asking
