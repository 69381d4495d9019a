using AntDesign;

namespace Jinning.Web.Components.Shared;

/// <summary>Saying that an action was done, without holding the page up.</summary>
public static class Confirmations
{
    /// <summary>
    /// Shows the success message and returns at once: AntDesign's <c>SuccessAsync</c> completes only when the message closes,
    /// and awaited in an event handler it would keep the page from re-rendering (spinner on, list stale) for those seconds.
    /// </summary>
    public static void Done(this IMessageService message, string text) => _ = message.SuccessAsync(text);
}
