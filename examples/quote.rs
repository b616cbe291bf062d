//! Reads a `QuoteRequest` as JSON on stdin and prints the `Quote` as JSON.
//!
//! ```sh
//! echo '{"vendor":"asoft","tier":"competency","product":"crm_licences",
//!        "quantity":"10","unit_price":"100000"}' | cargo run --example quote
//! ```

use partner_calc::engine::{quote, QuoteRequest};
use partner_calc::model::Lang;
use partner_calc::programmes::ALL;
use partner_calc::widget::Message;
use std::io::Read;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        eprintln!("cannot read stdin: {e}");
        return ExitCode::FAILURE;
    }
    let request: QuoteRequest = match serde_json::from_str(&input) {
        Ok(request) => request,
        Err(e) => {
            eprintln!("invalid request: {e}");
            return ExitCode::FAILURE;
        }
    };
    match quote(ALL, &request) {
        Ok(quote) => match serde_json::to_string_pretty(&quote) {
            Ok(json) => {
                println!("{json}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("cannot write the quote: {e}");
                ExitCode::FAILURE
            }
        },
        Err(e) => {
            eprintln!("{}", e.message(Lang::En));
            ExitCode::FAILURE
        }
    }
}
