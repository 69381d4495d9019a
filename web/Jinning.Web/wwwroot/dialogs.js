// Ant Design Blazor's dialogs carry role="dialog" without a name, and their close icon role="img" without words.
// Name each dialog after its own title and say what the close button does, as a screen reader needs (axe: aria-dialog-name,
// role-img-alt), and hide the icons of messages. Attributes the components do not manage survive their re-renders.
new MutationObserver(() => {
    document.querySelectorAll('.ant-modal-wrap[role=dialog]:not([aria-labelledby])').forEach(wrap => {
        const title = wrap.querySelector('.ant-modal-title');
        if (!title) return;
        title.id ||= `dialog-title-${Math.random().toString(36).slice(2)}`;
        wrap.setAttribute('aria-labelledby', title.id);
    });
    // A message's tick or cross says nothing its text does not: hide it from screen readers.
    document.querySelectorAll('.ant-message .anticon[role=img]:not([aria-hidden])').forEach(icon => icon.setAttribute('aria-hidden', 'true'));
    document.querySelectorAll('.ant-modal-close:not([data-named])').forEach(close => {
        close.setAttribute('aria-label', '关闭');
        close.setAttribute('data-named', '');
        close.querySelectorAll('[role=img]').forEach(icon => icon.setAttribute('aria-hidden', 'true'));
    });
}).observe(document.documentElement, { childList: true, subtree: true });
