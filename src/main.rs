//! Mend's entry point: private files and logging, then a command-line command, or the data
//! folder, the store and the window, the phone app or the browser preview. Nothing else
//! happens here.

use mend::ui::Boot;
use mend::ui::errors::{LaunchError, Told};
use mend::ui::launch::{self, Mode};
use mend::{cli, logging, platform, t};

fn main() -> anyhow::Result<()> {
    mend::ui::probe::mark_launch();
    platform::keep_new_files_private();
    platform::choose_window_renderer();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = cli::is_command(&args);
    // Commands print their own summary; their log stays quiet unless asked.
    logging::init(if command { "warn" } else { "info" });
    if command {
        std::process::exit(cli::main(&args));
    }

    // What it says here is in the system's language.
    let lang = platform::language();
    let mode = launch::choose(&args, platform::has_display()).map_err(|e| {
        // An option Mend doesn't know is followed by the ones it does.
        let usage = matches!(e, LaunchError::UnknownOption(_));
        let told = e.told_in(lang);
        anyhow::Error::msg(if usage {
            format!("{told}\n\n{}", t!(lang, "launch-usage"))
        } else {
            told
        })
    })?;
    if mode == Mode::Help {
        eprintln!("{}", t!(lang, "launch-usage"));
        return Ok(());
    }
    let dir = platform::data_dir().map_err(|e| anyhow::Error::msg(e.told_in(lang)))?;
    tracing::info!(dir = %dir.display(), "data folder");
    let boot = Boot::open(&dir);
    // On iOS, the folder's protection class, which the backups made later take too.
    platform::protect_data(&dir);

    match mode {
        #[cfg(feature = "desktop")]
        Mode::Desktop { smoke, probe } => launch::desktop(boot, smoke, probe),
        #[cfg(feature = "preview")]
        Mode::Preview(addr) => mend::ui::preview::serve(boot, addr)?,
        #[cfg(feature = "mobile")]
        Mode::Mobile => launch::mobile(boot),
        _ => anyhow::bail!(LaunchError::NoWayToShow.told_in(lang)),
    }
    Ok(())
}
