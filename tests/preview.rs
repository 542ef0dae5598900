//! The browser preview opens only to the browser of whoever started it. The real server (the
//! `mend` binary with `--preview`) is started on a real data folder holding a private
//! sentence, and plain HTTP requests are made to it over loopback, as a web page, another
//! program on the computer, or the owner's browser would make them.

#![cfg(feature = "preview")]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::DateTime;
use mend::domain::{Note, Rupture, RuptureId, RuptureStatus, Severity};
use mend::store::Store;
use tempfile::TempDir;

/// Words of the user's that must never reach anyone without the key.
const MARKER: &str = "qzpvmarkerwordsofthegreatfight";

/// A running preview server, killed when dropped.
struct Server {
    child: Child,
    port: u16,
    key: String,
    log: Arc<Mutex<String>>,
}

impl Server {
    /// Starts the preview on `dir` at `addr` (port 0: any free one) and waits for the
    /// address it prints.
    fn start(dir: &std::path::Path, addr: &str) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_mend"))
            .arg("--preview")
            .env("MEND_DATA_DIR", dir)
            .env("MEND_ADDR", addr)
            .env("RUST_LOG", "warn")
            // What it prints is in the system's language: English here.
            .env("LANGUAGE", "en")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let log = Arc::new(Mutex::new(String::new()));
        let (tx, rx) = std::sync::mpsc::channel();
        let stderr = child.stderr.take().unwrap();
        let kept = Arc::clone(&log);
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                if let Some(rest) = line.strip_prefix("Mend is running at http://") {
                    let address = rest.split_whitespace().next().unwrap_or("").to_owned();
                    let _ = tx.send(address);
                }
                kept.lock().unwrap().push_str(&(line + "\n"));
            }
        });
        let address = rx
            .recv_timeout(Duration::from_secs(60))
            .unwrap_or_else(|_| panic!("the preview printed no address: {}", log.lock().unwrap()));
        // 127.0.0.1:PORT/?key=KEY
        let (authority, key) = address.split_once("/?key=").expect("the address has a key");
        let port = authority.rsplit_once(':').unwrap().1.parse().unwrap();
        Server {
            child,
            port,
            key: key.to_owned(),
            log,
        }
    }

    fn host(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    fn cookie(&self) -> String {
        format!("mend-{}={}", self.port, self.key)
    }

    /// Sends a GET for `path` with these headers (a `Host` among them, or none), and returns
    /// what came back within a short while.
    fn get(&self, path: &str, headers: &[(&str, String)]) -> Answer {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        let mut request = format!("GET {path} HTTP/1.1\r\n");
        for (name, value) in headers {
            request.push_str(&format!("{name}: {value}\r\n"));
        }
        request.push_str("\r\n");
        stream.write_all(request.as_bytes()).unwrap();
        // An answer ends with its body; an opened socket stays open, so it is read until
        // the home screen (with the marker on it) has come, or for 20 seconds.
        stream
            .set_read_timeout(Some(Duration::from_millis(200)))
            .unwrap();
        let mut bytes = Vec::new();
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut buf = [0u8; 16 * 1024];
        while Instant::now() < deadline && !Answer::complete(&bytes) {
            match stream.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => bytes.extend_from_slice(&buf[..n]),
                Err(_) => {}
            }
        }
        Answer::parse(bytes)
    }

    /// A plain page request with this `Host` and, if given, this cookie.
    fn page(&self, path: &str, host: &str, cookie: Option<&str>) -> Answer {
        let mut headers = vec![
            ("Host", host.to_owned()),
            ("Connection", "close".to_owned()),
        ];
        if let Some(c) = cookie {
            headers.push(("Cookie", c.to_owned()));
        }
        self.get(path, &headers)
    }

    /// A websocket upgrade of the app's socket, as a browser sends it.
    fn socket(&self, host: &str, origin: Option<&str>, cookie: Option<&str>) -> Answer {
        let mut headers = vec![
            ("Host", host.to_owned()),
            ("Connection", "Upgrade".to_owned()),
            ("Upgrade", "websocket".to_owned()),
            ("Sec-WebSocket-Version", "13".to_owned()),
            ("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==".to_owned()),
        ];
        if let Some(o) = origin {
            headers.push(("Origin", o.to_owned()));
        }
        if let Some(c) = cookie {
            headers.push(("Cookie", c.to_owned()));
        }
        self.get("/ws", &headers)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// What the server answered: its status, its headers (names in lower case) and the rest.
struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Answer {
    /// Whether the bytes hold a whole answer: its headers and all of its body, or, for an
    /// opened socket, the marker.
    fn complete(bytes: &[u8]) -> bool {
        let text = String::from_utf8_lossy(bytes);
        let Some((head, body)) = text.split_once("\r\n\r\n") else {
            return false;
        };
        if head.starts_with("HTTP/1.1 101") {
            return body.contains(MARKER);
        }
        let length = head.lines().find_map(|l| {
            let l = l.to_ascii_lowercase();
            l.strip_prefix("content-length:")
                .and_then(|v| v.trim().parse::<usize>().ok())
        });
        length.is_none_or(|n| body.len() >= n)
    }

    fn parse(bytes: Vec<u8>) -> Answer {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let mut lines = head.lines();
        let status = lines
            .next()
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("no status line in {text:?}"));
        let headers = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
            .collect();
        Answer {
            status,
            headers,
            body: body.to_owned(),
        }
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A data folder holding an open rupture whose words are the marker: the home screen shows
/// it to whoever the app is served to.
fn private_data() -> TempDir {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    let now = DateTime::parse_from_rfc3339("2026-11-30T20:00:00+01:00").unwrap();
    let rupture = Rupture {
        id: RuptureId::random(),
        at: now,
        person_id: None,
        what: Note::parse_required(&format!("The {MARKER}"), "what happened").unwrap(),
        severity: Severity::DEFAULT,
        status: RuptureStatus::Open,
        repaired_at: None,
    };
    store.save_rupture(&rupture, &now).unwrap();
    dir
}

#[test]
fn a_request_for_another_host_is_refused() {
    let data = private_data();
    let server = Server::start(data.path(), "127.0.0.1:0");
    let port = server.port;
    for host in [
        format!("evil.example:{port}"),
        format!("127.0.0.1.evil.example:{port}"),
        format!("127.0.0.1:{}", port + 1),
        "localhost".to_owned(),
    ] {
        let answer = server.page("/", &host, Some(&server.cookie()));
        assert_eq!(answer.status, 421, "Host {host} is refused");
        assert!(!answer.body.contains(MARKER));
    }
    // No Host at all.
    let answer = server.get("/", &[("Connection", "close".to_owned())]);
    assert_eq!(answer.status, 421);

    // The request from the issue: a page at another address upgrading the socket. Even with
    // the cookie (which SameSite=Strict keeps from such a page anyway), no upgrade.
    let evil = format!("evil.example:{port}");
    for cookie in [None, Some(server.cookie())] {
        let answer = server.socket(&evil, Some("http://evil.example"), cookie.as_deref());
        assert_eq!(answer.status, 421, "{}", answer.body);
        assert!(!answer.body.contains(MARKER));
    }
}

#[test]
fn without_the_key_there_is_no_data() {
    let data = private_data();
    let server = Server::start(data.path(), "127.0.0.1:0");
    let host = server.host();
    for path in ["/", "/history", "/settings", "/?key=not-the-key", "/?key="] {
        let answer = server.page(path, &host, None);
        assert_eq!(answer.status, 403, "{path}");
        assert!(
            answer.body.contains("Open Mend from its own address"),
            "{path} says how to open Mend: {}",
            answer.body
        );
        assert!(!answer.body.contains(MARKER), "{path} holds no data");
        assert!(
            !answer.body.contains("WS_ADDR"),
            "{path} has no way to the app's socket"
        );
        assert_eq!(answer.header("set-cookie"), None);
    }
    // A cookie of the wrong value, or for another port, is no better.
    for cookie in [
        format!("mend-{}=guess", server.port),
        format!("mend-{}={}", server.port + 1, server.key),
    ] {
        let answer = server.page("/", &host, Some(&cookie));
        assert_eq!(answer.status, 403, "{cookie}");
    }
    // The socket, from the right page but without the cookie: no upgrade, no data.
    let origin = format!("http://{host}");
    let answer = server.socket(&host, Some(&origin), None);
    assert_eq!(answer.status, 403);
    assert!(!answer.body.contains(MARKER));
}

#[test]
fn a_socket_from_another_origin_is_refused() {
    let data = private_data();
    let server = Server::start(data.path(), "127.0.0.1:0");
    let host = server.host();
    let cookie = server.cookie();
    for origin in [
        Some("http://evil.example".to_owned()),
        Some(format!("http://evil.example:{}", server.port)),
        Some(format!("http://localhost:{}", server.port)),
        Some(format!("https://{host}")),
        Some("null".to_owned()),
        None,
    ] {
        let answer = server.socket(&host, origin.as_deref(), Some(&cookie));
        assert_eq!(answer.status, 403, "Origin {origin:?} gets no socket");
        assert!(!answer.body.contains(MARKER));
    }
}

#[test]
fn the_key_opens_it_once_and_then_the_cookie_does() {
    let data = private_data();
    let server = Server::start(data.path(), "127.0.0.1:0");
    let host = server.host();

    // The printed address: sent on to the same page without the key, with the cookie.
    let answer = server.page(&format!("/history?key={}", server.key), &host, None);
    assert_eq!(answer.status, 303);
    assert_eq!(answer.header("location"), Some("/history"));
    let cookie = answer.header("set-cookie").expect("a cookie");
    assert_eq!(
        cookie,
        format!("{}; HttpOnly; SameSite=Strict; Path=/", server.cookie())
    );
    assert_eq!(answer.header("referrer-policy"), Some("no-referrer"));
    assert_eq!(answer.header("cache-control"), Some("no-store"));

    // With the cookie, the page, at each of this machine's names.
    for name in ["127.0.0.1", "localhost", "[::1]"] {
        let answer = server.page(
            "/history",
            &format!("{name}:{}", server.port),
            Some(&server.cookie()),
        );
        assert_eq!(answer.status, 200, "{name}");
        assert!(
            answer.body.contains("WS_ADDR"),
            "the page reaches its socket"
        );
        assert_eq!(answer.header("x-frame-options"), Some("DENY"));
    }

    // And the socket from the page's own origin: the app arrives, with the user's words.
    let answer = server.socket(
        &host,
        Some(&format!("http://{host}")),
        Some(&server.cookie()),
    );
    assert_eq!(answer.status, 101);
    assert!(
        answer.body.contains(MARKER),
        "the home screen came over the socket with the rupture on it"
    );
    let local = format!("localhost:{}", server.port);
    let answer = server.socket(
        &local,
        Some(&format!("http://{local}")),
        Some(&server.cookie()),
    );
    assert_eq!(answer.status, 101, "localhost is this machine too");

    // A stale key from an earlier start, in a browser let in already, is dropped too.
    let answer = server.page("/?key=an-old-key", &host, Some(&server.cookie()));
    assert_eq!(answer.status, 303);
    assert_eq!(answer.header("location"), Some("/"));
    assert_eq!(answer.header("set-cookie"), None);
    let log = server.log.lock().unwrap().clone();
    let with_key: Vec<&str> = log.lines().filter(|l| l.contains(&server.key)).collect();
    assert_eq!(
        with_key.len(),
        1,
        "the key is printed once, never logged: {log}"
    );
    assert!(with_key[0].starts_with("Mend is running at http://127.0.0.1:"));
}

#[test]
fn each_start_has_its_own_key() {
    let data = private_data();
    let first = Server::start(data.path(), "127.0.0.1:0");
    let (old_cookie, old_key) = (first.cookie(), first.key.clone());
    let port = first.port;
    drop(first);
    let second = Server::start(data.path(), &format!("127.0.0.1:{port}"));
    assert_ne!(second.key, old_key);
    let host = second.host();
    assert_eq!(second.page("/", &host, Some(&old_cookie)).status, 403);
    assert_eq!(
        second.page(&format!("/?key={old_key}"), &host, None).status,
        403
    );
    assert_eq!(second.page("/", &host, Some(&second.cookie())).status, 200);
}

#[test]
fn an_address_beyond_this_machine_warns_and_keeps_every_check() {
    let data = private_data();
    let server = Server::start(data.path(), "0.0.0.0:0");
    let log = server.log.lock().unwrap().clone();
    assert!(
        log.contains("other devices on your network may reach it"),
        "a warning: {log}"
    );
    let host = server.host();
    assert_eq!(server.page("/", &host, None).status, 403);
    assert_eq!(
        server
            .page(
                "/",
                &format!("evil.example:{}", server.port),
                Some(&server.cookie())
            )
            .status,
        421
    );
    let answer = server.page(&format!("/?key={}", server.key), &host, None);
    assert_eq!(answer.status, 303);
    let answer = server.socket(&host, Some("http://evil.example"), Some(&server.cookie()));
    assert_eq!(answer.status, 403);
}

/// An export's download address: without the key or its cookie, the closed page; with the
/// cookie, an address that was never offered (or was fetched already) says so, and holds
/// nothing. A real download is fetched once in `e2e/tests/settings.test.mjs`.
#[test]
fn a_download_address_opens_only_with_the_cookie_and_only_once() {
    let data = private_data();
    let server = Server::start(data.path(), "127.0.0.1:0");
    let host = server.host();
    let path = "/download/AAAAAAAAAAAAAAAAAAAAAA";
    let closed = server.page(path, &host, None);
    assert_eq!(closed.status, 403);
    assert!(closed.body.contains("Open Mend from its own address"));
    let unknown = server.page(path, &host, Some(&server.cookie()));
    assert_eq!(unknown.status, 404);
    assert!(
        unknown
            .body
            .contains("This export was saved once already, or Mend has started again since."),
        "{}",
        unknown.body
    );
    assert!(!unknown.body.contains(MARKER));
    assert_eq!(unknown.header("cache-control"), Some("no-store"));
}

/// The preview's own pages and answers speak the browser's language: the closed page, an
/// address that was never offered, another host, and the app's page before the app speaks.
#[test]
fn the_previews_own_words_follow_the_browsers_language() {
    let data = private_data();
    let server = Server::start(data.path(), "127.0.0.1:0");
    let host = server.host();
    let spanish = |path: &str, host: &str, cookie: Option<String>| {
        let mut headers = vec![
            ("Host", host.to_owned()),
            ("Connection", "close".to_owned()),
            ("Accept-Language", "es-MX,es;q=0.9,en;q=0.5".to_owned()),
        ];
        if let Some(c) = cookie {
            headers.push(("Cookie", c));
        }
        server.get(path, &headers)
    };
    let closed = spanish("/", &host, None);
    assert_eq!(closed.status, 403);
    assert!(
        closed.body.contains(r#"<html lang="es" dir="ltr">"#),
        "{}",
        closed.body
    );
    assert!(
        closed
            .body
            .contains("<h1>Abre Mend desde su propia dirección</h1>")
    );
    assert!(!closed.body.contains("Open Mend"));
    let gone = spanish(
        "/download/AAAAAAAAAAAAAAAAAAAAAA",
        &host,
        Some(server.cookie()),
    );
    assert_eq!(gone.status, 404);
    assert!(
        gone.body.contains("Esta exportación ya se guardó una vez"),
        "{}",
        gone.body
    );
    let elsewhere = spanish("/", "elsewhere.example", None);
    assert!(
        elsewhere
            .body
            .contains("solo responde en su propia dirección")
    );
    let page = spanish("/", &host, Some(server.cookie()));
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains(r#"<html lang="es" dir="ltr">"#),
        "{}",
        page.body
    );
}
