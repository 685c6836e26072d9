string[] survey = { "/delay/1", "/status/503", "/delay/2", "/delay/1", "/status/200" };
var asking = Timeline.Record("Survey");
int healthy = 0;
foreach (var path in survey)          // one request per path, but each waits for the previous one
    if (await Fetch(path) == 200) healthy++;
Console.WriteLine($"{healthy} of {survey.Length} answered 200");
asking
