//! The frame around every screen: the skip link, the top bar, the pause banner, the toast,
//! and the parts of Mend's life on the device that belong to no one screen.

use dioxus::prelude::*;

use crate::t;
use crate::ui::Route;
use crate::ui::components::{ErrorNote, Loading, PauseWatch, ToastHost};
use crate::ui::context::{provide_open_pause, root_class, use_lang, use_shared};
use crate::ui::device::{AlertSync, BackButton, FollowLink};

/// The frame around every screen: the top bar, the pause banner, the toast.
#[component]
pub fn Shell() -> Element {
    let shared = use_shared();
    provide_open_pause();
    // After moving to another screen, focus goes to the new content, so keyboard and
    // screen-reader users start at its heading rather than on a link that is gone.
    let route = use_route::<Route>();
    let mut first_screen = use_signal(|| true);
    use_effect(use_reactive!(|route| {
        let _ = route;
        if *first_screen.peek() {
            first_screen.set(false);
        } else {
            document::eval(
                "document.getElementById('content')?.focus({ preventScroll: false }); window.scrollTo(0, 0);",
            );
        }
    }));
    let theme = root_class(&shared.settings.read());
    // The page's own language and direction follow Mend's, for screen readers and for the
    // layout of a right-to-left language.
    let lang = use_lang();
    use_effect(move || {
        let lang = (shared.lang)();
        document::eval(&format!(
            "document.documentElement.lang = {:?}; document.documentElement.dir = {:?};",
            lang.tag(),
            lang.dir()
        ));
    });
    // How many times Mend has come back to the front: a test waits for it to move to know
    // that a return was handled (the lock asked for or not), rather than for a set time.
    let returned = (shared.returned)();
    rsx! {
        div { class: "app {theme}", lang: lang.tag(), dir: lang.dir(), "data-returned": "{returned}",
            a { class: "skip-link", href: "#content", {t!(lang, "shell-skip")} }
            header { class: "topbar",
                Link { to: Route::Now {}, class: "brand", "Mend" }
                nav { aria_label: t!(lang, "shell-main"),
                    Link { to: Route::HelpNow {}, class: "topbar-link topbar-help", {t!(lang, "shell-help")} }
                    Link { to: Route::History {}, class: "topbar-link", {t!(lang, "shell-history")} }
                    Link { to: Route::SettingsScreen {}, class: "topbar-link", {t!(lang, "shell-settings")} }
                }
            }
            PauseWatch {}
            main { id: "content", class: "content", tabindex: "-1",
                ErrorBoundary {
                    handle_error: |errors: ErrorContext| rsx! { CouldNotOpen { errors } },
                    SuspenseBoundary {
                        fallback: |_| rsx! { Loading {} },
                        Outlet::<Route> {}
                    }
                }
            }
            ToastHost {}
            AlertSync {}
            BackButton {}
            FollowLink {}
        }
    }
}

/// What a screen shows when what it opens can't be loaded (see `use_record`). Moving to
/// another screen clears it, so the next screen is shown whole.
#[component]
fn CouldNotOpen(errors: ErrorContext) -> Element {
    let message = errors.error().map(|e| e.to_string()).unwrap_or_default();
    let route = use_route::<Route>();
    let shown_on = use_hook(|| route.clone());
    let lang = use_lang();
    use_effect(use_reactive!(|route| {
        if route != shown_on {
            errors.clear_errors();
        }
    }));
    rsx! {
        document::Title { "Mend" }
        h1 { {t!(lang, "shell-not-opened")} }
        ErrorNote { message }
        p {
            Link { to: Route::History {}, {t!(lang, "shell-back-to-history")} }
        }
    }
}
