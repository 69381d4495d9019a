using AntDesign;
using Microsoft.AspNetCore.Components;

namespace Jinning.Web.Components.Shared;

/// <summary>Saying that an action was done, without holding the page up.</summary>
public static class Confirmations
{
    /// <summary>
    /// Shows the success message and returns at once: AntDesign's <c>SuccessAsync</c> completes only when the message closes,
    /// and awaited in an event handler it would keep the page from re-rendering (spinner on, list stale) for those seconds.
    /// </summary>
    public static void Done(this IMessageService message, string text) =>
        _ = message.SuccessAsync(new MessageConfig { Content = text, Icon = DecorativeTick });

    /// <summary>The message's own icon is a <c>role="img"</c> without a name; the words say it all, so the tick is decoration.</summary>
    private static readonly RenderFragment DecorativeTick = builder =>
    {
        builder.OpenComponent<Icon>(0);
        builder.AddAttribute(1, nameof(Icon.Type), "check-circle");
        builder.AddAttribute(2, nameof(Icon.Theme), IconThemeType.Fill);
        builder.AddAttribute(3, "Role", "presentation");
        builder.CloseComponent();
    };
}
