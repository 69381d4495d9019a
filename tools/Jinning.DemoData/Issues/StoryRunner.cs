using System.Collections.Concurrent;
using Jinning.DemoData.Gateway;
using Jinning.DemoData.Roster;

namespace Jinning.DemoData.Issues;

/// <summary>
/// Tells an <see cref="IssueStory"/> through the API: the report by whoever brought it in, then each
/// step as the one call its actor makes — the office, the lead unit (or a co-handler), the reporter.
/// Stories told side by side must not depend on each other (<see cref="StoryLanes"/>).
/// </summary>
public sealed class StoryRunner(GatewayClient gateway, SignIns signIns, Cast cast, DemoOptions options, TimeProvider time)
{
    private const string Issues = "/api/ticketing/issues";
    private readonly ConcurrentDictionary<string, ToldIssue> _told = [];

    public IReadOnlyList<ToldIssue> Told => [.. _told.Values.OrderBy(issue => issue.TrackingNumber, StringComparer.Ordinal)];

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
        var office = await signIns.OfficeAsync(cancellationToken);
        switch (step)
        {
            case StoryStep.Research:
                return Moved(issue, await PostAsync($"{path}/research", null, office, cancellationToken));
            case StoryStep.Dispatch dispatch:
                var deadline = dispatch.DueSoon ? time.GetUtcNow() + options.DueSoonAfter : (DateTimeOffset?)null;
                var order = new DispatchRequest(dispatch.Kind, dispatch.Department, deadline, dispatch.Instructions, dispatch.CoHandlers,
                    dispatch.Level);
                var dispatched = await gateway.PostAsync<DispatchAnswer>($"{path}/dispatch", order, office, cancellationToken);
                return Dispatched(issue, dispatched) with { DueSoon = dispatch.DueSoon };
            case StoryStep.SignFor:
                return await ByLeadUnitAsync(issue, "accept", null, cancellationToken);
            case StoryStep.Progress { CoHandler: { } coHandler } progress:
                var coHandling = await signIns.DepartmentAsync(coHandler, cancellationToken);
                await PostAsync($"{path}/progress", new NoteRequest(progress.Note), coHandling, cancellationToken);
                return issue;
            case StoryStep.Progress progress:
                return await ByLeadUnitAsync(issue, "progress", new NoteRequest(progress.Note), cancellationToken);
            case StoryStep.Return giveBack:
                return await ByLeadUnitAsync(issue, "return", new ReturnRequest(giveBack.Reason, giveBack.Note), cancellationToken);
            case StoryStep.SendBack sendBack:
                var kept = new ReturnDecisionRequest("send-back", sendBack.Note, null);
                return Dispatched(issue, await DecideReturnAsync(path, kept, office, cancellationToken));
            case StoryStep.Redispatch redispatch:
                var elsewhere = new ReturnDecisionRequest("redispatch", "退单理由成立，改派有管辖权的单位。",
                    new DispatchRequest("transfer", redispatch.Department, null, redispatch.Instructions, null, null));
                return Dispatched(issue, await DecideReturnAsync(path, elsewhere, office, cancellationToken));
            case StoryStep.AskForMaterial material:
                return await ByLeadUnitAsync(issue, "material-request", new NoteRequest(material.Note), cancellationToken);
            case StoryStep.AskForExtension extension:
                var until = (issue.Deadline ?? time.GetUtcNow()).AddDays(extension.Days);
                return await ByLeadUnitAsync(issue, "extension", new ExtensionRequest(until, extension.Reason), cancellationToken);
            case StoryStep.DecideExtension decision:
                var ruling = new ExtensionDecisionRequest(decision.Granted, null, decision.Note);
                return Moved(issue, await PostAsync($"{path}/extension/decision", ruling, office, cancellationToken));
            case StoryStep.Rectify rectify:
                var rectified = new RectificationRequest(rectify.Summary, rectify.Evidence);
                return await ByLeadUnitAsync(issue, "rectification", rectified, cancellationToken);
            case StoryStep.Review review:
                var reviewed = new ReviewRequest(review.Approved, review.Note);
                return Moved(issue, await PostAsync($"{path}/review", reviewed, office, cancellationToken));
            case StoryStep.Feedback feedback:
                return Moved(issue, await PostAsync($"{path}/feedback", new FeedbackRequest(feedback.Message), office, cancellationToken));
            case StoryStep.Confirm confirm:
                var rating = new AcceptanceRequest(confirm.Rating, confirm.Comment);
                return Moved(issue, await PostAsync($"{path}/acceptance", rating, await ReporterAsync(story.By, cancellationToken),
                    cancellationToken));
            case StoryStep.Objection objection:
                var objecting = new ObjectionRequest(objection.Reason);
                return Moved(issue, await PostAsync($"{path}/objection", objecting, await ReporterAsync(story.By, cancellationToken),
                    cancellationToken));
            case StoryStep.Absorb absorb:
                var duplicate = _told.GetValueOrDefault(absorb.DuplicateKey)
                    ?? throw new InvalidOperationException($"Story {story.Key} absorbs {absorb.DuplicateKey}, not told before it.");
                var merge = new MergeRequest(issue.Id, absorb.Note);
                var merged = await PostAsync($"{Issues}/{duplicate.Id}/merge", merge, office, cancellationToken);
                _told[duplicate.Key] = duplicate with { Status = merged.Status };
                return issue;
            case StoryStep.Expose expose:
                await gateway.PostAsync($"{path}/expose", new ExposeRequest(expose.Title, expose.Summary), office, cancellationToken);
                return issue with { Exposed = true };
            default:
                throw new InvalidOperationException($"Unknown step {step}.");
        }
    }

    private Task<IssueAnswer> PostAsync(string path, object? body, Caller caller, CancellationToken cancellationToken) =>
        gateway.PostAsync<IssueAnswer>(path, body, caller, cancellationToken);

    private Task<DispatchAnswer> DecideReturnAsync(
        string path, ReturnDecisionRequest decision, Caller office, CancellationToken cancellationToken) =>
        gateway.PostAsync<DispatchAnswer>($"{path}/return/decision", decision, office, cancellationToken);

    /// <summary>An action of the lead unit (牵头单位) the issue is dispatched to, signed in as that department.</summary>
    private async Task<ToldIssue> ByLeadUnitAsync(ToldIssue issue, string action, object? body, CancellationToken cancellationToken)
    {
        var department = issue.Department ?? throw new InvalidOperationException($"{issue.Key}: {action} before any dispatch.");
        var caller = await signIns.DepartmentAsync(department, cancellationToken);
        return Moved(issue, await PostAsync($"{Issues}/{issue.Id}/{action}", body, caller, cancellationToken));
    }

    /// <summary>The supervisor who reported it; for complaints the office, which calls the complainant back.</summary>
    private async Task<Caller> ReporterAsync(Reporter by, CancellationToken cancellationToken) => by is Reporter.Supervisor supervisor
        ? await cast.SignInAsync(supervisor.Name, cancellationToken)
        : await signIns.OfficeAsync(cancellationToken);

    private static ToldIssue Moved(ToldIssue issue, IssueAnswer answer) =>
        issue with { Status = answer.Status, Deadline = answer.Deadline ?? issue.Deadline };

    private static ToldIssue Dispatched(ToldIssue issue, DispatchAnswer answer) =>
        issue with { Status = answer.Status, Department = answer.DepartmentCode, Deadline = answer.Deadline, DueSoon = false };
}

/// <summary>An issue as the demo left it.</summary>
public sealed record ToldIssue(
    string Key, Guid Id, string TrackingNumber, string Status, string? Department, DateTimeOffset? Deadline, Reporter By)
{
    /// <summary>Dispatched with a deadline minutes away and nobody acting in time: the clock will find it overdue.</summary>
    public bool DueSoon { get; init; }
    public bool Exposed { get; init; }
}
