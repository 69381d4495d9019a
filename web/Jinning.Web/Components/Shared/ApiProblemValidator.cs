using Jinning.Web.Api;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace Jinning.Web.Components.Shared;

/// <summary>
/// Puts the API's messages for each field beside that field of the form (matched by name, ignoring
/// case: the API's <c>title</c> is the model's <c>Title</c>). Messages for fields the form does not
/// have are left to the page's own alert.
/// </summary>
public sealed class ApiProblemValidator : ComponentBase
{
    private ValidationMessageStore? _messages;
    private EditContext? _context;
    private bool _showing;

    [CascadingParameter]
    private EditContext? CurrentEditContext { get; set; }

    protected override void OnParametersSet()
    {
        var context = CurrentEditContext ?? throw new InvalidOperationException($"{nameof(ApiProblemValidator)} must be inside a form.");
        if (ReferenceEquals(context, _context))
        {
            return;
        }
        _context = context;
        var messages = new ValidationMessageStore(context);
        _messages = messages;
        context.OnValidationRequested += (_, _) =>
        {
            if (!_showing)
            {
                messages.Clear();
            }
        };
        context.OnFieldChanged += (_, e) => messages.Clear(e.FieldIdentifier);
    }

    /// <summary>Shows <paramref name="problem"/>'s field messages; answers whether any field of the form had one.</summary>
    public bool Show(ApiProblem problem)
    {
        _messages!.Clear();
        var shown = false;
        var properties = _context!.Model.GetType().GetProperties();
        foreach (var (field, messages) in problem.Errors)
        {
            var property = properties.FirstOrDefault(p => string.Equals(p.Name, field, StringComparison.OrdinalIgnoreCase));
            if (property is null)
            {
                continue;
            }
            _messages.Add(_context.Field(property.Name), messages);
            shown = true;
        }
        _context.NotifyValidationStateChanged();
        if (shown)
        {
            // Ant Design's form items read their messages only when validation is requested (unless the form validates on
            // every change), so one is requested, keeping the API's messages.
            _showing = true;
            try
            {
                _context.Validate();
            }
            finally
            {
                _showing = false;
            }
        }
        return shown;
    }
}
