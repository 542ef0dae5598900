//! Starting the app: in a desktop window or on a phone, or choosing the browser preview
//! (Dioxus liveview's page glue over our own axum server, in `preview/`), which serves only
//! this machine by default.

use std::net::SocketAddr;

use dioxus::prelude::*;

use super::errors::LaunchError;
pub use super::probe::Probe;
#[cfg(any(feature = "desktop", feature = "mobile"))]
use super::webview;
#[cfg(any(feature = "desktop", feature = "mobile"))]
use super::{app::App, boot::Boot};

/// The preview's address unless `MEND_ADDR` says otherwise.
pub const DEFAULT_ADDR: &str = "127.0.0.1:8080";
/// The environment variable for the preview's address.
pub const ADDR_VAR: &str = "MEND_ADDR";

/// How to run this time.
#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    /// A desktop window; with `smoke`, report what the window shows and exit; with a
    /// `probe`, make that measuring run.
    Desktop { smoke: bool, probe: Option<Probe> },
    /// The browser preview at this address.
    Preview(SocketAddr),
    /// The phone app.
    Mobile,
    /// Print usage.
    Help,
}

/// Chooses how to run from the command line, the build's features and the display.
pub fn choose(args: &[String], has_display: bool) -> Result<Mode, LaunchError> {
    let flag = |f: &str| args.iter().any(|a| a == f);
    let probe_of = |a: &str| a.strip_prefix("--probe=").and_then(Probe::parse);
    if let Some(unknown) = args.iter().find(|a| {
        !matches!(a.as_str(), "--preview" | "--smoke-test" | "--help" | "-h")
            && probe_of(a).is_none()
    }) {
        return Err(LaunchError::UnknownOption(unknown.clone()));
    }
    let probe = args.iter().find_map(|a| probe_of(a));
    if flag("--help") || flag("-h") {
        return Ok(Mode::Help);
    }
    if cfg!(feature = "mobile") && !cfg!(feature = "desktop") && !cfg!(feature = "preview") {
        return Ok(Mode::Mobile);
    }
    let want_window = flag("--smoke-test") || probe.is_some();
    let want_preview = flag("--preview") || (!has_display && !want_window);
    if cfg!(feature = "desktop") && !want_preview {
        return Ok(Mode::Desktop {
            smoke: flag("--smoke-test"),
            probe,
        });
    }
    if cfg!(feature = "preview") {
        return preview_addr().map(Mode::Preview);
    }
    Err(LaunchError::NoWayToShow)
}

fn preview_addr() -> Result<SocketAddr, LaunchError> {
    let text = std::env::var(ADDR_VAR).unwrap_or_else(|_| DEFAULT_ADDR.to_owned());
    text.parse().map_err(|_| LaunchError::BadAddress {
        var: ADDR_VAR,
        text,
    })
}

/// What the page may load: nothing from anywhere but itself and this machine. Scripts and
/// styles are inline (the renderer's own glue and our stylesheet), and the renderer
/// evaluates small scripts, hence `unsafe-inline` and `unsafe-eval`; a chosen file is read
/// by a worker the page makes from its own code (`worker-src blob:`, `ui::files`); the
/// desktop window streams its updates over a socket on loopback. No remote origin is
/// allowed for anything.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; worker-src blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' ws://127.0.0.1:* ws://localhost:*; base-uri 'none'; form-action 'none'";

/// The page head: the content security policy, the stylesheet inlined, and the mobile
/// viewport (drawn edge to edge, the CSS keeping clear of the safe areas; the on-screen
/// keyboard resizes the page, so Save stays above it).
#[cfg(any(feature = "desktop", feature = "mobile", feature = "preview"))]
pub(super) fn head() -> String {
    format!(
        r#"<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}"><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover, interactive-widget=resizes-content"><meta name="color-scheme" content="light dark"><style>{}</style>"#,
        super::STYLESHEET
    )
}

/// The webview's page: our own, so that it names its language, allows zooming, and carries
/// the stylesheet.
#[cfg(any(feature = "desktop", feature = "mobile"))]
fn webview_config() -> webview::Config {
    const INDEX: &str = r#"<!DOCTYPE html><html lang="en"><head><title>Mend</title><!-- CUSTOM HEAD --></head><body><div id="main"></div><!-- MODULE LOADER --></body></html>"#;
    webview::Config::new()
        .with_custom_index(INDEX.to_owned())
        .with_custom_head(head())
        // Help now's calls and texts go to the system, which the web view would not do.
        .with_navigation_handler(|url| {
            if crate::platform::is_dial_link(url) {
                crate::platform::open_dial_link(url);
                false
            } else {
                true
            }
        })
}

/// Opens the desktop window. Does not return.
#[cfg(feature = "desktop")]
pub fn desktop(boot: Boot, smoke: bool, probe: Option<Probe>) {
    use webview::{LogicalSize, WindowBuilder};
    let window = WindowBuilder::new()
        .with_title("Mend")
        .with_inner_size(LogicalSize::new(420.0, 860.0))
        .with_min_inner_size(LogicalSize::new(320.0, 480.0));
    // WebKit keeps what it stores in a folder of Mend's own, not loose beside the data.
    let mut config = webview_config().with_window(window).with_menu(None);
    if let Ok(dir) = crate::platform::data_dir() {
        let webview_data = dir.join(crate::store::files::WEBVIEW_DIR);
        match crate::store::files::create_dir_all(&webview_data) {
            Ok(()) => config = config.with_data_directory(webview_data),
            Err(err) => tracing::warn!(%err, "the window's own folder could not be made"),
        }
    }
    let mut builder = dioxus::LaunchBuilder::desktop()
        .with_cfg(config)
        .with_context(boot);
    if smoke {
        builder = builder.with_context(super::background::SmokeTest);
    }
    if let Some(probe) = probe {
        builder = builder.with_context(probe);
    }
    builder.launch(App);
}

/// Starts the phone app. Does not return. The event loop is made here, so the platform can
/// prepare what needs it before the app launches (iOS's quick actions), and the system's
/// events reach the platform: a `mend://` link Mend was opened with, and the launch itself.
#[cfg(feature = "mobile")]
pub fn mobile(boot: Boot) {
    use webview::tao::event::{Event, StartCause};
    let event_loop = webview::tao::event_loop::EventLoopBuilder::with_user_event().build();
    crate::platform::before_launch();
    let config = webview_config()
        .with_event_loop(event_loop)
        .with_custom_event_handler(|event, _| match event {
            Event::NewEvents(StartCause::Init) => crate::platform::on_launched(),
            Event::Opened { urls } => {
                for url in urls {
                    crate::platform::note_link(url.as_str());
                }
            }
            _ => {}
        });
    dioxus::LaunchBuilder::mobile()
        .with_cfg(config)
        .with_context(boot)
        .launch(App);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_preview_listens_on_this_machine_only_by_default() {
        let addr: SocketAddr = DEFAULT_ADDR.parse().unwrap();
        assert!(addr.ip().is_loopback());
        assert!(CONTENT_SECURITY_POLICY.starts_with("default-src 'none'"));
    }

    #[test]
    fn help_and_unknown_options() {
        assert_eq!(choose(&args(&["--help"]), true), Ok(Mode::Help));
        let unknown = choose(&args(&["--frobnicate"]), true).unwrap_err();
        assert_eq!(unknown, LaunchError::UnknownOption("--frobnicate".into()));
        let told = crate::ui::errors::Told::told(&unknown);
        assert!(told.starts_with("Unknown option --frobnicate."), "{told}");
    }

    #[cfg(all(feature = "desktop", feature = "preview"))]
    #[test]
    fn window_when_there_is_a_display_preview_when_not() {
        assert_eq!(
            choose(&[], true),
            Ok(Mode::Desktop {
                smoke: false,
                probe: None
            })
        );
        assert_eq!(
            choose(&args(&["--probe=memory"]), false),
            Ok(Mode::Desktop {
                smoke: false,
                probe: Some(Probe::Memory)
            })
        );
        assert!(choose(&args(&["--probe=speed"]), true).is_err());
        assert!(matches!(choose(&[], false), Ok(Mode::Preview(_))));
        assert!(matches!(
            choose(&args(&["--preview"]), true),
            Ok(Mode::Preview(_))
        ));
        assert_eq!(
            choose(&args(&["--smoke-test"]), false),
            Ok(Mode::Desktop {
                smoke: true,
                probe: None
            })
        );
    }
}
