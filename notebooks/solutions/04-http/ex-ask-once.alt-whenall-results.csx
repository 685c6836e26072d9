string[] survey = { "/delay/1", "/status/503", "/delay/2", "/delay/1", "/status/200" };
var asking = Timeline.Record("Survey");
int[] statuses = await Task.WhenAll(survey.Select(Fetch));   // Task.WhenAll enumerates once and returns the results in order
int healthy = statuses.Count(status => status == 200);
Console.WriteLine($"{healthy} of {survey.Length} answered 200");
asking
