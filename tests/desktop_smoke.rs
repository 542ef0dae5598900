//! The desktop build starts in a real window (WebKitGTK under Xvfb), shows Now, and a tap on
//! "Check in" reaches the app and opens the check-in.

#![cfg(feature = "desktop")]

use std::process::Command;

use tempfile::TempDir;

#[test]
fn the_desktop_window_opens_on_now() {
    let data = TempDir::new().unwrap();
    let out = Command::new("xvfb-run")
        .args(["--auto-servernum", "--server-args=-screen 0 1024x900x24"])
        .args(["timeout", "120"])
        .arg(env!("CARGO_BIN_EXE_mend"))
        .arg("--smoke-test")
        .env("MEND_DATA_DIR", data.path())
        .env("RUST_LOG", "info")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("xvfb-run runs (the test command installs it)");
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "the window did not show Now: {log}");
    let shown = log
        .lines()
        .find(|l| l.contains("window shows:"))
        .unwrap_or_else(|| panic!("no report from the window: {log}"));
    for label in ["Now", "Check in", "Take a pause", "Repair", "History"] {
        assert!(shown.contains(label), "the window shows {label}: {shown}");
    }
    assert!(
        log.contains("after tapping Check in:") && log.contains("Which part of you is here?"),
        "a tap in the window reached the app: {log}"
    );
    assert!(
        data.path().join("mend.db").is_file(),
        "the data file was created"
    );
}
