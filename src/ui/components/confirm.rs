//! Asking once more before a step that can't be taken back (merging two parts, restoring a
//! backup, deleting everything): what will happen, a button that does it, and Cancel.

use dioxus::prelude::*;

/// How a confirmation looks where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfirmStyle {
    /// A card of its own, the step a main one.
    Card,
    /// A card in the colours of danger; Cancel takes the focus, so Enter never deletes.
    Danger,
    /// Inline in a row of a list, with small buttons.
    Inline,
}

/// The confirmation: `children` says what will happen. Focus moves into it when it opens
/// (to the button that does it, or to Cancel for a danger), so keyboard and screen-reader
/// users are where the choice is.
#[component]
pub fn Confirm(
    /// Its accessible name, such as "Confirm merge".
    label: String,
    /// The button that does it, such as "Yes, merge them".
    yes: String,
    style: ConfirmStyle,
    /// Held while the step is under way.
    busy: bool,
    onyes: EventHandler<()>,
    oncancel: EventHandler<()>,
    cancel: String,
    children: Element,
) -> Element {
    let (class, yes_class, cancel_class) = match style {
        ConfirmStyle::Card => ("card merge-confirm", "button primary", "button secondary"),
        ConfirmStyle::Danger => ("card danger-zone", "button danger", "button secondary"),
        ConfirmStyle::Inline => ("confirm", "button primary small", "button quiet small"),
    };
    let focus = move |here: bool| {
        move |e: MountedEvent| async move {
            if here {
                let _ = e.set_focus(true).await;
            }
        }
    };
    let danger = style == ConfirmStyle::Danger;
    let buttons = rsx! {
        button {
            r#type: "button",
            class: yes_class,
            disabled: busy,
            onmounted: focus(!danger),
            onclick: move |_| onyes.call(()),
            "{yes}"
        }
        button {
            r#type: "button",
            class: cancel_class,
            onmounted: focus(danger),
            onclick: move |_| oncancel.call(()),
            "{cancel}"
        }
    };
    if style == ConfirmStyle::Inline {
        rsx! {
            span { class, role: "group", aria_label: label, {children} {buttons} }
        }
    } else {
        rsx! {
            div { class, role: "group", aria_label: label,
                {children}
                div { class: "row-actions", {buttons} }
            }
        }
    }
}
