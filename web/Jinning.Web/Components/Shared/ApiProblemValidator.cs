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

    [CascadingParameter]
    private EditContext? CurrentEditContext { get; set; }

    protected override void OnInitialized()
    {
        _context = CurrentEditContext ?? throw new InvalidOperationException($"{nameof(ApiProblemValidator)} must be inside a form.");
        _messages = new ValidationMessageStore(_context);
        _context.OnValidationRequested += (_, _) => _messages.Clear();
        _context.OnFieldChanged += (_, e) => _messages.Clear(e.FieldIdentifier);
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
        return shown;
    }
}
