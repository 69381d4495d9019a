using Jinning.Web.Api;
using Microsoft.AspNetCore.Components;

namespace Jinning.Web.Components.Shared;

/// <summary>
/// One action on an issue in a dialog: a form whose problems the API explains beside the fields (or above them when the form has
/// no such field); once it succeeds the dialog closes and the page says what was done and shows the issue as it is now.
/// </summary>
public abstract class IssueActionDialog : ComponentBase
{
    [Parameter, EditorRequired]
    public IssueView Issue { get; set; } = default!;

    [Parameter]
    public bool Visible { get; set; }

    [Parameter]
    public EventCallback<bool> VisibleChanged { get; set; }

    /// <summary>What was done, in words: the page confirms it and reloads the issue.</summary>
    [Parameter]
    public EventCallback<string> OnDone { get; set; }

    protected ApiProblemValidator? Validator;

    protected bool Submitting { get; set; }

    protected string? Failure { get; set; }

    private bool _open;

    protected override async Task OnParametersSetAsync()
    {
        if (Visible && !_open)
        {
            Failure = null;
            await OnOpenedAsync();
        }
        _open = Visible;
    }

    /// <summary>Each time the dialog opens: a fresh form, and whatever it needs to know now (the default deadline is computed now).</summary>
    protected virtual Task OnOpenedAsync() => Task.CompletedTask;

    protected async Task CloseAsync()
    {
        Failure = null;
        await VisibleChanged.InvokeAsync(false);
    }

    /// <param name="asForm">Renames the API's field names to the form's (a redispatch's <c>dispatch.kind</c> is the form's <c>kind</c>).</param>
    protected async Task SendAsync<T>(Func<Task<ApiResult<T>>> call, string done, Func<ApiProblem, ApiProblem>? asForm = null)
    {
        Failure = null;
        Submitting = true;
        ApiResult<T> result;
        try
        {
            result = await call();
        }
        finally
        {
            Submitting = false;
        }
        if (!result.Succeeded)
        {
            Failure = Describe(asForm is null ? result.Problem! : asForm(result.Problem!));
            return;
        }
        await VisibleChanged.InvokeAsync(false);
        await OnDone.InvokeAsync(done);
    }

    protected void Refuse(string failure) => Failure = failure;

    private string Describe(ApiProblem problem)
    {
        if (Validator?.Show(problem) == true)
        {
            return "请按提示修改后再提交。";
        }
        var messages = problem.Errors.SelectMany(e => e.Value).ToList();
        return messages.Count > 0 ? string.Join(" ", messages) : problem.Message;
    }
}
