//! A form that never reloads the page: submitting (Enter in a field, or the submit button)
//! calls `onsubmit` and nothing else, in the desktop window and in the browser preview alike.

use dioxus::prelude::*;

/// A form whose submission stays inside the app.
#[component]
pub fn Form(class: String, onsubmit: EventHandler<()>, children: Element) -> Element {
    rsx! {
        form {
            class,
            novalidate: true,
            // The preview handles events over a socket, too late to stop the browser's own
            // submission, so the page stops it here.
            "onsubmit": "event.preventDefault()",
            onsubmit: move |e| {
                e.prevent_default();
                onsubmit.call(());
            },
            {children}
        }
    }
}

/// For a text field inside a form whose Enter key means "add this", not "submit the form":
/// stops the browser's own submission (the preview cannot stop it from the server side).
pub const ENTER_STAYS: &str = "if (event.key === 'Enter') event.preventDefault()";
