//! Checks a programme file, or prints a bundled programme as JSON.
//!
//! ```sh
//! cargo run --example programme -- check my.json            # or my.toml
//! cargo run --example programme -- check my.json --lang ru  # problems in Russian
//! cargo run --example programme -- export asoft > asoft.json
//! ```
//!
//! `check` prints `ok: <id>`, or every problem as `path: reason` and exits
//! with 1; `export` exits with 1 for an unknown id.

mod check;

use partner_calc::model::Lang;
use std::process::ExitCode;

/// How to call it.
const USAGE: &str = "usage: programme check FILE [--lang ru|en] | programme export ID";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["check", file] => run_check(file, Lang::En),
        ["check", file, "--lang", "ru"] => run_check(file, Lang::Ru),
        ["check", file, "--lang", "en"] => run_check(file, Lang::En),
        ["export", id] => match check::export(id) {
            Ok(json) => {
                println!("{json}");
                ExitCode::SUCCESS
            }
            Err(e) => fail(&e),
        },
        _ => fail(USAGE),
    }
}

/// Reads `file` and prints what [`check::check`] says.
fn run_check(file: &str, lang: Lang) -> ExitCode {
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(e) => return fail(&format!("cannot read {file}: {e}")),
    };
    match check::check(file, &text, lang) {
        Ok(ok) => {
            println!("{ok}");
            ExitCode::SUCCESS
        }
        Err(problems) => {
            for problem in problems {
                println!("{problem}");
            }
            ExitCode::FAILURE
        }
    }
}

/// Prints `message` on stderr; exit code 1.
fn fail(message: &str) -> ExitCode {
    eprintln!("{message}");
    ExitCode::FAILURE
}
