//! The desktop build starts in a real window (WebKitGTK under Xvfb) and shows Now.

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
        data.path().join("mend.db").is_file(),
        "the data file was created"
    );
}
