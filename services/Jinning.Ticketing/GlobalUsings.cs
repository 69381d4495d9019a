// What a change of an issue can answer: the issue, 404 (not there or not yours), 400 (bad input), 403 or 409 problems.
global using IssueChangeResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Ok<Jinning.Ticketing.Issues.IssueResponse>,
    Microsoft.AspNetCore.Http.HttpResults.NotFound,
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;
