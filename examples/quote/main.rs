//! Reads a quote request as JSON on stdin and prints its quote as JSON: a
//! single line (`QuoteRequest` → `Quote`), or a deal of several lines, when
//! the request has `lines` (`DealRequest` → `DealQuote`, with `list_total`
//! and `net_total` for the whole deal and each line's quote under `lines`).
//!
//! ```sh
//! echo '{"vendor":"asoft","tier":"competency","product":"crm_licences",
//!        "quantity":"10","unit_price":"100000"}' | cargo run --example quote
//! echo '{"vendor":"smart-soft","tier":"certified","lines":[
//!        {"product":"ti_software","quantity":"10","unit_price":"10000"},
//!        {"product":"ting","quantity":"1","unit_price":"50000"}]}' | cargo run --example quote
//! ```

mod run;

use std::io::Read;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        eprintln!("cannot read stdin: {e}");
        return ExitCode::FAILURE;
    }
    match run::run(&input) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(why) => {
            eprintln!("{why}");
            ExitCode::FAILURE
        }
    }
}
