//! Mend's entry point: logging, the data folder, the store, then the window, the phone app
//! or the browser preview. Nothing else happens here.

use mend::platform;
use mend::ui::Boot;
use mend::ui::launch::{self, Mode};
use tracing_subscriber::EnvFilter;

fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .init();

    let args: Vec<String> = std::env::args().skip(1).collect();
    let mode = launch::choose(&args, platform::has_display()).map_err(anyhow::Error::msg)?;
    if mode == Mode::Help {
        eprintln!("{}", launch::USAGE);
        return Ok(());
    }
    let dir = platform::data_dir();
    tracing::info!(dir = %dir.display(), "data folder");
    let boot = Boot::open(&dir, &platform::now());

    match mode {
        #[cfg(feature = "desktop")]
        Mode::Desktop { smoke } => launch::desktop(boot, smoke),
        #[cfg(feature = "preview")]
        Mode::Preview(addr) => launch::preview(boot, addr)?,
        #[cfg(feature = "mobile")]
        Mode::Mobile => launch::mobile(boot),
        _ => anyhow::bail!("This build of Mend can't run that way."),
    }
    Ok(())
}
