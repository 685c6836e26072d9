string[] survey = { "/delay/1", "/status/503", "/delay/2", "/delay/1", "/status/200" };
var asking = Timeline.Record("Survey");
var answers = survey.Select(Fetch);
await Task.WhenAll(answers);
int healthy = 0;
foreach (var answer in answers)       // awaits instead of .Result, but still enumerates the query a second time
    if (await answer == 200) healthy++;
Console.WriteLine($"{healthy} of {survey.Length} answered 200");
asking
