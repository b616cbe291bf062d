//! Puts the page's first screen into its HTML: every `[data-partner-calc]`
//! mount point of the built `index.html` gets the calculator as the app
//! first shows it there (its `data-vendor`, the default state, Russian),
//! rendered by the app's own components (`partner_calc::ui::first_screen`,
//! natively, with Leptos' `ssr` feature). The app replaces it when it
//! starts (`src/page.rs`).
//!
//! Trunk runs it after each build (`Trunk.toml`, post_build) on the staged
//! `index.html`; by hand:
//!
//! ```sh
//! cargo run --example prerender -- dist/index.html
//! ```

mod splice;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    // The file: the first argument, else Trunk's staged index.html.
    let file = match std::env::args_os().nth(1) {
        Some(file) => PathBuf::from(file),
        None => match std::env::var_os("TRUNK_STAGING_DIR") {
            Some(dir) => PathBuf::from(dir).join("index.html"),
            None => {
                eprintln!("prerender: no file: pass one, or run this as a Trunk hook");
                return ExitCode::FAILURE;
            }
        },
    };
    let spliced = std::fs::read_to_string(&file)
        .map_err(|e| format!("cannot read: {e}"))
        .and_then(|html| splice::splice(&html, partner_calc::ui::first_screen))
        .and_then(|html| std::fs::write(&file, html).map_err(|e| format!("cannot write: {e}")));
    match spliced {
        Ok(()) => ExitCode::SUCCESS,
        Err(why) => {
            eprintln!("prerender: {}: {why}", file.display());
            ExitCode::FAILURE
        }
    }
}
