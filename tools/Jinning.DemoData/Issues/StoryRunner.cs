using Jinning.DemoData.Gateway;
using Jinning.DemoData.Roster;

namespace Jinning.DemoData.Issues;

/// <summary>
/// Tells an <see cref="IssueStory"/> through the API: the report by whoever brought it in, then each
/// step as the one call its actor makes — the office, the lead unit (or a co-handler), the reporter.
/// </summary>
public sealed class StoryRunner(GatewayClient gateway, SignIns signIns, Cast cast, DemoOptions options, TimeProvider time)
{
    private const string Issues = "/api/ticketing/issues";
    private readonly Dictionary<string, ToldIssue> _told = [];

    public IReadOnlyCollection<ToldIssue> Told => _told.Values;

    public async Task<ToldIssue> TellAsync(IssueStory story, CancellationToken cancellationToken)
    {
        var issue = await ReportAsync(story, cancellationToken);
        foreach (var step in story.Steps)
        {
            issue = await ApplyAsync(story, issue, step, cancellationToken);
        }
        _told[story.Key] = issue;
        return issue;
    }

    private async Task<ToldIssue> ReportAsync(IssueStory story, CancellationToken cancellationToken)
    {
        var text = story.Text;
        IssueAnswer created;
        switch (story.By)
        {
            case Reporter.Supervisor supervisor:
                created = await gateway.PostAsync<IssueAnswer>(Issues,
                    new ReportIssueRequest(text.Title, text.Description, text.Category, supervisor.Channel, text.Place, text.InvolvedUnit,
                        text.Major, Type: text.Type),
                    await cast.SignInAsync(supervisor.Name, cancellationToken), cancellationToken);
                break;
            case Reporter.Office complaint:
                created = await gateway.PostAsync<IssueAnswer>(Issues,
                    new ReportIssueRequest(text.Title, text.Description, text.Category, complaint.Source, text.Place, text.InvolvedUnit,
                        text.Major, complaint.Source, text.Type, complaint.ContactName, complaint.ContactPhone),
                    await signIns.OfficeAsync(cancellationToken), cancellationToken);
                break;
            case Reporter.Public citizen:
                var receipt = await gateway.PostAsync<ComplaintReceipt>("/api/public/complaints",
                    new PublicComplaintRequest(text.Title, text.Description, text.Category, text.Place, text.InvolvedUnit,
                        citizen.ContactName, citizen.ContactPhone),
                    caller: null, cancellationToken);
                created = await FindAsync(receipt.TrackingNumber, cancellationToken);
                break;
            default:
                throw new InvalidOperationException($"Unknown reporter {story.By}.");
        }
        return new ToldIssue(story.Key, created.Id, created.TrackingNumber, created.Status, null, null, story.By);
    }

    private async Task<IssueAnswer> FindAsync(string trackingNumber, CancellationToken cancellationToken)
    {
        var found = await gateway.GetAsync<Paged<IssueAnswer>>($"{Issues}?q={Uri.EscapeDataString(trackingNumber)}",
            await signIns.OfficeAsync(cancellationToken), cancellationToken);
        return found.Items.SingleOrDefault() ?? throw new DemoLoadException($"投诉 {trackingNumber} 在问题列表中找不到。");
    }

    private async Task<ToldIssue> ApplyAsync(IssueStory story, ToldIssue issue, StoryStep step, CancellationToken cancellationToken)
    {
        var path = $"{Issues}/{issue.Id}";
        switch (step)
        {
            case StoryStep.Research:
                return Moved(issue, await AsOfficeAsync($"{path}/research", null, cancellationToken));
            case StoryStep.Dispatch dispatch:
                var deadline = dispatch.DueSoon ? time.GetUtcNow() + options.DueSoonAfter : (DateTimeOffset?)null;
                var order = new DispatchRequest(dispatch.Kind, dispatch.Department, deadline, dispatch.Instructions, dispatch.CoHandlers, dispatch.Level);
                return Dispatched(issue, await gateway.PostAsync<DispatchAnswer>($"{path}/dispatch", order,
                    await signIns.OfficeAsync(cancellationToken), cancellationToken), dispatch.DueSoon);
            case StoryStep.SignFor:
                return Moved(issue, await AsDepartmentAsync(issue.Department, $"{path}/accept", null, cancellationToken));
            case StoryStep.Progress progress:
                return Moved(issue, await AsDepartmentAsync(progress.CoHandler ?? issue.Department, $"{path}/progress",
                    new NoteRequest(progress.Note), cancellationToken));
            case StoryStep.Return giveBack:
                return Moved(issue, await AsDepartmentAsync(issue.Department, $"{path}/return",
                    new ReturnRequest(giveBack.Reason, giveBack.Note), cancellationToken));
            case StoryStep.SendBack sendBack:
                return Dispatched(issue, await gateway.PostAsync<DispatchAnswer>($"{path}/return/decision",
                    new ReturnDecisionRequest("send-back", sendBack.Note, null), await signIns.OfficeAsync(cancellationToken), cancellationToken));
            case StoryStep.Redispatch redispatch:
                var elsewhere = new DispatchRequest("transfer", redispatch.Department, null, redispatch.Instructions, null, null);
                return Dispatched(issue, await gateway.PostAsync<DispatchAnswer>($"{path}/return/decision",
                    new ReturnDecisionRequest("redispatch", "退单理由成立，改派有管辖权的单位。", elsewhere),
                    await signIns.OfficeAsync(cancellationToken), cancellationToken));
            case StoryStep.AskForMaterial material:
                return Moved(issue, await AsDepartmentAsync(issue.Department, $"{path}/material-request", new NoteRequest(material.Note), cancellationToken));
            case StoryStep.AskForExtension extension:
                var until = (issue.Deadline ?? time.GetUtcNow()).AddDays(extension.Days);
                return Moved(issue, await AsDepartmentAsync(issue.Department, $"{path}/extension",
                    new ExtensionRequest(until, extension.Reason), cancellationToken));
            case StoryStep.DecideExtension decision:
                return Moved(issue, await AsOfficeAsync($"{path}/extension/decision",
                    new ExtensionDecisionRequest(decision.Granted, null, decision.Note), cancellationToken));
            case StoryStep.Rectify rectify:
                return Moved(issue, await AsDepartmentAsync(issue.Department, $"{path}/rectification",
                    new RectificationRequest(rectify.Summary, rectify.Evidence), cancellationToken));
            case StoryStep.Review review:
                return Moved(issue, await AsOfficeAsync($"{path}/review", new ReviewRequest(review.Approved, review.Note), cancellationToken));
            case StoryStep.Feedback feedback:
                return Moved(issue, await AsOfficeAsync($"{path}/feedback", new FeedbackRequest(feedback.Message), cancellationToken));
            case StoryStep.Confirm confirm:
                return Moved(issue, await gateway.PostAsync<IssueAnswer>($"{path}/acceptance",
                    new AcceptanceRequest(confirm.Rating, confirm.Comment), await ReporterAsync(story.By, cancellationToken), cancellationToken));
            case StoryStep.Objection objection:
                return Moved(issue, await gateway.PostAsync<IssueAnswer>($"{path}/objection",
                    new ObjectionRequest(objection.Reason), await ReporterAsync(story.By, cancellationToken), cancellationToken));
            case StoryStep.Absorb absorb:
                var duplicate = _told.GetValueOrDefault(absorb.DuplicateKey)
                    ?? throw new InvalidOperationException($"Story {story.Key} absorbs {absorb.DuplicateKey}, which is not told before it.");
                var merged = await AsOfficeAsync($"{Issues}/{duplicate.Id}/merge", new MergeRequest(issue.Id, absorb.Note), cancellationToken);
                _told[duplicate.Key] = duplicate with { Status = merged.Status };
                return issue;
            case StoryStep.Expose expose:
                await gateway.PostAsync($"{path}/expose", new ExposeRequest(expose.Title, expose.Summary),
                    await signIns.OfficeAsync(cancellationToken), cancellationToken);
                return issue with { Exposed = true };
            default:
                throw new InvalidOperationException($"Unknown step {step}.");
        }
    }

    private async Task<IssueAnswer> AsOfficeAsync(string path, object? body, CancellationToken cancellationToken) =>
        await gateway.PostAsync<IssueAnswer>(path, body, await signIns.OfficeAsync(cancellationToken), cancellationToken);

    private async Task<IssueAnswer> AsDepartmentAsync(string? department, string path, object? body, CancellationToken cancellationToken) =>
        await gateway.PostAsync<IssueAnswer>(path, body,
            await signIns.DepartmentAsync(department ?? throw new InvalidOperationException($"{path}: the issue is not dispatched."), cancellationToken),
            cancellationToken);

    /// <summary>The supervisor who reported it; for complaints the office, which calls the complainant back.</summary>
    private async Task<Caller> ReporterAsync(Reporter by, CancellationToken cancellationToken) => by is Reporter.Supervisor supervisor
        ? await cast.SignInAsync(supervisor.Name, cancellationToken)
        : await signIns.OfficeAsync(cancellationToken);

    private static ToldIssue Moved(ToldIssue issue, IssueAnswer answer) => issue with { Status = answer.Status, Deadline = answer.Deadline ?? issue.Deadline };

    private static ToldIssue Dispatched(ToldIssue issue, DispatchAnswer answer, bool dueSoon = false) => issue with
    {
        Status = answer.Status, Department = answer.DepartmentCode, Deadline = answer.Deadline, DueSoon = dueSoon,
    };
}

/// <summary>An issue as the demo left it.</summary>
public sealed record ToldIssue(string Key, Guid Id, string TrackingNumber, string Status, string? Department, DateTimeOffset? Deadline, Reporter By)
{
    /// <summary>Dispatched with a deadline minutes away and nobody acting in time: the clock will find it overdue.</summary>
    public bool DueSoon { get; init; }
    public bool Exposed { get; init; }
}
