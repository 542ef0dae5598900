//! The browser preview: the app served through dioxus-liveview on our own axum router, and
//! open only to the browser of the person who started it.
//!
//! - Each start makes a random key. The address printed carries it (`/?key=…`); the first
//!   visit trades it for an `HttpOnly`, `SameSite=Strict` cookie and is sent on to the same
//!   address without it, so it leaves the address bar.
//! - A request with neither gets a short page saying how to open Mend, and none of its data:
//!   the data only ever travels over the socket at `/ws`, which needs the cookie.
//! - A request whose `Host` is not this server's address is refused, which stops a web page
//!   reaching it through DNS rebinding, and so is a socket whose `Origin` is not the page's
//!   own.
//! - Each tab runs in our own session loop (`session`), not dioxus-liveview's, which kept
//!   every closed tab's scripts in memory.

mod events;
mod session;

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::header::{
    ACCEPT_LANGUAGE, CACHE_CONTROL, CONTENT_SECURITY_POLICY, COOKIE, HOST, LOCATION, ORIGIN,
    REFERRER_POLICY, SET_COOKIE, X_CONTENT_TYPE_OPTIONS, X_FRAME_OPTIONS,
};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use base64::Engine;
use dioxus::prelude::*;
use subtle::ConstantTimeEq;

use super::app::App;
use super::boot::Boot;
use super::context::DeviceLanguages;
use super::files::InBrowser;
use super::files::{DOWNLOAD_PATH, Downloads};
use super::launch::head;
use crate::domain::i18n::Lang;
use crate::platform;
use crate::t;

/// The path of the socket that carries the app.
const SOCKET: &str = "/ws";
/// The largest message a tab may send: a piece of a chosen file (1 MiB, as base64) with
/// room to spare. A file of any size comes in such pieces (`ui::files`).
const FROM_PAGE_MAX: usize = 8 << 20;
/// The query parameter that carries the key in the printed address.
const KEY_PARAM: &str = "key";

/// Who may open the preview: the key of this start, and the address it listens on.
pub struct Gate {
    key: String,
    cookie: String,
    bound: SocketAddr,
}

impl Gate {
    /// A gate for a server listening at `bound`, with a fresh random key (256 bits from the
    /// system's generator).
    pub fn new(bound: SocketAddr) -> std::io::Result<Gate> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|e| std::io::Error::other(e.to_string()))?;
        Ok(Gate {
            key: base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes),
            // Cookies are shared by every port of a host, so each port has its own.
            cookie: format!("mend-{}", bound.port()),
            bound,
        })
    }

    /// The address to open, key and all. A server listening on every interface is opened
    /// through loopback.
    pub fn address(&self) -> String {
        let ip = match self.bound.ip() {
            IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
            IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
            ip => ip,
        };
        format!(
            "http://{}/?{KEY_PARAM}={}",
            SocketAddr::new(ip, self.bound.port()),
            self.key
        )
    }

    /// Whether a `Host` names this server: `localhost`, `127.0.0.1` or `[::1]` with its port
    /// when it listens on loopback (or everywhere); the address it listens on; and, when it
    /// listens everywhere, any address written as numbers (which DNS rebinding can't use).
    pub fn host_allowed(&self, host: &str) -> bool {
        let Some((name, port)) = split_host(host) else {
            return false;
        };
        if port.unwrap_or(80) != self.bound.port() {
            return false;
        }
        let listening = self.bound.ip();
        let local = listening.is_loopback() || listening.is_unspecified();
        if name.eq_ignore_ascii_case("localhost") {
            return local;
        }
        match name.parse::<IpAddr>() {
            Ok(ip) => ip == listening || (ip.is_loopback() && local) || listening.is_unspecified(),
            Err(_) => false,
        }
    }

    /// Whether a socket's `Origin` is the page's own: `http://` and the `Host` it came to.
    fn origin_allowed(origin: &str, host: &str) -> bool {
        origin
            .strip_prefix("http://")
            .is_some_and(|rest| rest.eq_ignore_ascii_case(host))
    }

    /// Whether `given` is this start's key, compared in constant time.
    fn is_key(&self, given: &str) -> bool {
        given.len() == self.key.len() && bool::from(given.as_bytes().ct_eq(self.key.as_bytes()))
    }

    /// Whether the request carries this start's cookie.
    fn has_cookie(&self, headers: &HeaderMap) -> bool {
        headers
            .get_all(COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .any(|(name, value)| name == self.cookie && self.is_key(value))
    }

    /// The cookie a visit with the key is given.
    fn set_cookie(&self) -> String {
        format!(
            "{}={}; HttpOnly; SameSite=Strict; Path=/",
            self.cookie, self.key
        )
    }
}

/// Splits a `Host` into its name and port: `localhost:8080`, `127.0.0.1`, `[::1]:8080`.
fn split_host(host: &str) -> Option<(&str, Option<u16>)> {
    let (name, port) = if let Some(rest) = host.strip_prefix('[') {
        let (name, after) = rest.split_once(']')?;
        match after {
            "" => (name, None),
            _ => (name, Some(after.strip_prefix(':')?)),
        }
    } else {
        match host.rsplit_once(':') {
            Some((name, port)) => (name, Some(port)),
            None => (host, None),
        }
    };
    let port = match port {
        Some(p) => Some(p.parse().ok()?),
        None => None,
    };
    (!name.is_empty()).then_some((name, port))
}

/// The query without the key, to send a visit on to.
fn without_key(query: &str) -> String {
    query
        .split('&')
        .filter(|pair| pair.split('=').next() != Some(KEY_PARAM) && !pair.is_empty())
        .collect::<Vec<_>>()
        .join("&")
}

/// The key in a query, if there is one.
fn key_in(query: &str) -> Option<&str> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(name, _)| *name == KEY_PARAM)
        .map(|(_, value)| value)
}

/// Checks every request before it reaches the app, and marks every answer as one not to
/// keep, frame, or refer onward.
async fn guard(State(gate): State<Arc<Gate>>, request: Request, next: Next) -> Response {
    let mut response = admit(&gate, request, next).await;
    let headers = response.headers_mut();
    for (name, value) in [
        (CACHE_CONTROL, "no-store"),
        (REFERRER_POLICY, "no-referrer"),
        (X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (X_FRAME_OPTIONS, "DENY"),
        (CONTENT_SECURITY_POLICY, "frame-ancestors 'none'"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

/// The request's `Host`, then for the socket its `Origin` and cookie, and for a page its
/// cookie or key.
async fn admit(gate: &Gate, request: Request, next: Next) -> Response {
    let host = request
        .headers()
        .get(HOST)
        .and_then(|h| h.to_str().ok())
        .or_else(|| request.uri().authority().map(|a| a.as_str()))
        .map(str::to_owned);
    let Some(host) = host.filter(|h| gate.host_allowed(h)) else {
        let lang = lang_of(request.headers());
        return (
            StatusCode::MISDIRECTED_REQUEST,
            t!(lang, "preview-not-here"),
        )
            .into_response();
    };
    let signed_in = gate.has_cookie(request.headers());
    if request.uri().path() == SOCKET {
        let origin = request.headers().get(ORIGIN).and_then(|o| o.to_str().ok());
        if !(signed_in && origin.is_some_and(|o| Gate::origin_allowed(o, &host))) {
            let lang = lang_of(request.headers());
            return (StatusCode::FORBIDDEN, t!(lang, "preview-not-from-there")).into_response();
        }
        return next.run(request).await;
    }
    let query = request.uri().query().unwrap_or("");
    let key = key_in(query);
    match (key, signed_in) {
        // The key, or a stale one from a browser let in already: on to the same address
        // without it, with the cookie if the key was right.
        (Some(key), _) if gate.is_key(key) => {
            let mut response = redirect(request.uri().path(), query);
            if let Ok(cookie) = gate.set_cookie().parse() {
                response.headers_mut().insert(SET_COOKIE, cookie);
            }
            response
        }
        (Some(_), true) => redirect(request.uri().path(), query),
        (None, true) => next.run(request).await,
        _ => (
            StatusCode::FORBIDDEN,
            Html(closed_page(lang_of(request.headers()))),
        )
            .into_response(),
    }
}

/// A "see other" to `path` with the query but the key.
fn redirect(path: &str, query: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(to) = same_page(path, query).parse() {
        response.headers_mut().insert(LOCATION, to);
    }
    response
}

/// The address of this page on this server without the key. Leading slashes are made one,
/// so `//elsewhere` can't turn into another site's address.
fn same_page(path: &str, query: &str) -> String {
    let path = format!("/{}", path.trim_start_matches('/'));
    let rest = without_key(query);
    if rest.is_empty() {
        path
    } else {
        format!("{path}?{rest}")
    }
}

/// The language of the browser asking (its `Accept-Language`), for the preview's own words.
fn lang_of(headers: &HeaderMap) -> Lang {
    Lang::negotiate(&accepted_languages(headers))
}

/// The page for a browser without the key: what to do, and nothing of the user's.
fn closed_page(lang: Lang) -> String {
    format!(
        r#"<!DOCTYPE html><html lang="{tag}" dir="{dir}"><head><title>Mend</title>{head}</head><body><div class="app theme-system"><main class="content"><h1>{title}</h1><p>{why}</p><p>{how}</p><p>{again}</p></main></div></body></html>"#,
        tag = lang.tag(),
        dir = lang.dir(),
        head = head(),
        title = t!(lang, "preview-closed-title"),
        why = t!(lang, "preview-closed-why"),
        how = t!(lang, "preview-closed-how"),
        again = t!(lang, "preview-closed-again"),
    )
}

/// The whole app page: head, mount point, and the liveview glue on the socket, in the
/// browser's language until the app says its own.
fn app_page(lang: Lang, head_and_glue: &(String, String)) -> String {
    let (head, glue) = head_and_glue;
    format!(
        r#"<!DOCTYPE html><html lang="{tag}" dir="{dir}"><head><title>Mend</title>{head}</head><body><div id="main"></div>{glue}</body></html>"#,
        tag = lang.tag(),
        dir = lang.dir(),
    )
}

/// An export offered to this browser, sent once as a download and then forgotten: its file
/// is removed as soon as it is open, and read from there.
async fn download(downloads: &Downloads, token: &str, lang: Lang) -> Response {
    use axum::http::header::{CONTENT_DISPOSITION, CONTENT_LENGTH, CONTENT_TYPE};
    // Saved once already, or Mend started again since.
    let gone = || (StatusCode::NOT_FOUND, t!(lang, "preview-download-gone")).into_response();
    let Some(offered) = downloads.take(token) else {
        return gone();
    };
    let file = match tokio::fs::File::open(&offered.path).await {
        Ok(file) => file,
        Err(err) => {
            tracing::warn!(%err, "an offered export could not be opened");
            return gone();
        }
    };
    if let Err(err) = tokio::fs::remove_file(&offered.path).await {
        tracing::warn!(%err, "an offered export stays until Mend next opens its data");
    }
    let length = file.metadata().await.map(|m| m.len()).ok();
    let kind = if offered.name.ends_with(".zip") {
        "application/zip"
    } else {
        "application/json"
    };
    let mut response =
        axum::body::Body::from_stream(tokio_util::io::ReaderStream::new(file)).into_response();
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(kind));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{}\"", offered.name))
    {
        headers.insert(CONTENT_DISPOSITION, value);
    }
    if let Some(length) = length {
        headers.insert(CONTENT_LENGTH, HeaderValue::from(length));
    }
    response
}

/// Serves the browser preview at `addr` until the process ends, printing the address to
/// open. Opening is finished first, so the first tab finds the file checked.
pub fn serve(boot: Boot, addr: SocketAddr) -> std::io::Result<()> {
    use axum::extract::ws::WebSocketUpgrade;
    use axum::routing::get;

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        // A server has no first paint to wait for: it finishes opening (the file's check,
        // the old deleted records cleared) before it takes its first tab.
        let boot = match boot {
            Boot::Ready(db) => Boot::finish_opening(&db).await.unwrap_or(Boot::Ready(db)),
            other => other,
        };
        let listener = tokio::net::TcpListener::bind(addr).await?;
        let bound = listener.local_addr()?;
        // What it prints where it runs is in that place's language.
        let here = platform::language();
        let gate = Arc::new(Gate::new(bound)?);
        events::install_event_converter();
        // A VirtualDom stays on one thread: each tab gets a place on one of these workers.
        let workers = tokio_util::task::LocalPoolHandle::new(
            std::thread::available_parallelism().map_or(1, usize::from),
        );
        let page = Arc::new((head(), dioxus_liveview::interpreter_glue(SOCKET)));
        let downloads = Downloads::default();
        let offered = downloads.clone();
        let serve_page = move |headers: HeaderMap| {
            let page = Arc::clone(&page);
            async move { Html(app_page(lang_of(&headers), &page)) }
        };
        let router = axum::Router::new()
            .route(
                SOCKET,
                get(move |ws: WebSocketUpgrade, headers: HeaderMap| async move {
                    let languages = DeviceLanguages(accepted_languages(&headers));
                    let ws = ws
                        .max_message_size(FROM_PAGE_MAX)
                        .max_frame_size(FROM_PAGE_MAX);
                    ws.on_upgrade(move |socket| async move {
                        let make = move || {
                            VirtualDom::new(App)
                                .with_root_context(boot)
                                .with_root_context(InBrowser(downloads))
                                .with_root_context(languages)
                        };
                        match workers
                            .spawn_pinned(move || session::run(make(), socket))
                            .await
                        {
                            Ok(Ok(())) => tracing::debug!("a preview tab closed"),
                            Ok(Err(err)) => tracing::info!(%err, "a preview session ended"),
                            Err(err) => tracing::error!(%err, "a preview session stopped"),
                        }
                    })
                }),
            )
            .route(
                &format!("{DOWNLOAD_PATH}{{token}}"),
                get(
                    move |token: axum::extract::Path<String>, headers: HeaderMap| async move {
                        download(&offered, &token, lang_of(&headers)).await
                    },
                ),
            )
            .route("/", get(serve_page.clone()))
            .route("/{*rest}", get(serve_page))
            .layer(axum::middleware::from_fn_with_state(
                Arc::clone(&gate),
                guard,
            ));
        // The log names the address without its key; only the terminal shows the key.
        tracing::info!("preview listening on http://{bound}/");
        if !bound.ip().is_loopback() {
            tracing::warn!(%bound, "the preview can be reached from other devices");
            eprintln!(
                "{}",
                t!(here, "preview-reachable", bound = bound.to_string())
            );
        }
        eprintln!("{}", t!(here, "preview-running", address = gate.address()));
        axum::serve(listener, router).await
    })
}

/// The languages a browser asks for (its `Accept-Language`), in its order: the page's words
/// follow them until a language is chosen in Settings.
fn accepted_languages(headers: &HeaderMap) -> Vec<String> {
    headers
        .get_all(ACCEPT_LANGUAGE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|part| part.split(';').next())
        .map(str::trim)
        .filter(|tag| !tag.is_empty() && *tag != "*")
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gate(addr: &str) -> Gate {
        Gate::new(addr.parse().unwrap()).unwrap()
    }

    #[test]
    fn hosts_on_loopback() {
        let g = gate("127.0.0.1:8080");
        for ok in [
            "127.0.0.1:8080",
            "localhost:8080",
            "LocalHost:8080",
            "[::1]:8080",
        ] {
            assert!(g.host_allowed(ok), "{ok} is this server");
        }
        for bad in [
            "evil.example:8080",
            "127.0.0.1:8081",
            "localhost:80",
            "localhost",
            "127.0.0.1",
            "mend.localhost:8080",
            "192.168.1.5:8080",
            "[::1]",
            "",
            ":8080",
            "127.0.0.1:8080:8080",
            "[::1:8080",
        ] {
            assert!(!g.host_allowed(bad), "{bad} is not this server");
        }
        let on_80 = gate("127.0.0.1:80");
        assert!(on_80.host_allowed("localhost") && on_80.host_allowed("127.0.0.1:80"));
    }

    #[test]
    fn hosts_off_loopback() {
        let one = gate("192.168.1.5:8080");
        assert!(one.host_allowed("192.168.1.5:8080"));
        assert!(!one.host_allowed("localhost:8080"));
        assert!(!one.host_allowed("evil.example:8080"));
        let every = gate("0.0.0.0:8080");
        assert!(every.host_allowed("localhost:8080"));
        assert!(every.host_allowed("192.168.1.5:8080"));
        assert!(!every.host_allowed("evil.example:8080"));
        assert!(every.address().starts_with("http://127.0.0.1:8080/?key="));
    }

    #[test]
    fn the_key_and_the_cookie() {
        let g = gate("127.0.0.1:8080");
        let other = gate("127.0.0.1:8080");
        assert_ne!(g.key, other.key, "each start has its own key");
        assert_eq!(g.key.len(), 43, "256 bits in base64");
        assert!(g.is_key(&g.key));
        assert!(!g.is_key(&other.key));
        assert!(!g.is_key(""));
        assert!(!g.is_key(&g.key[..42]));

        let mut headers = HeaderMap::new();
        assert!(!g.has_cookie(&headers));
        headers.insert(
            COOKIE,
            format!("theme=dark; mend-8080={}", g.key).parse().unwrap(),
        );
        assert!(g.has_cookie(&headers));
        assert!(!other.has_cookie(&headers));
        assert!(g.set_cookie().contains("HttpOnly; SameSite=Strict"));

        let query = format!("a=1&key={}&b=2", g.key);
        assert_eq!(key_in(&query), Some(g.key.as_str()));
        assert_eq!(without_key(&query), "a=1&b=2");
        assert_eq!(key_in("keys=1"), None);
        assert_eq!(same_page("/history", &query), "/history?a=1&b=2");
        assert_eq!(same_page("/", "key=x"), "/");
        assert_eq!(same_page("//evil.example/x", "key=x"), "/evil.example/x");
    }

    #[test]
    fn origins() {
        assert!(Gate::origin_allowed(
            "http://127.0.0.1:8080",
            "127.0.0.1:8080"
        ));
        assert!(Gate::origin_allowed(
            "http://LOCALHOST:8080",
            "localhost:8080"
        ));
        assert!(!Gate::origin_allowed(
            "http://evil.example",
            "127.0.0.1:8080"
        ));
        assert!(!Gate::origin_allowed(
            "http://localhost:8080",
            "127.0.0.1:8080"
        ));
        assert!(!Gate::origin_allowed("null", "127.0.0.1:8080"));
    }
}
