//! Prints, as one JSON array, quote requests and what the native engine
//! makes of them: `{"request": …, "quote": …}` or, when the engine rejects
//! the request, `{"request": …, "error": "<its message in Russian>"}`.
//! `e2e/embed.spec.mjs` feeds every request to the browser build's
//! `quote()` and checks that it gives the same quote (or the same error).
//!
//! ```sh
//! cargo run --quiet --example parity_cases > target/parity-cases.json
//! ```
//!
//! The cases: every vendor × tier × product × deal situation at quantities
//! 1 and 7 with a unit price of 123456.78; where the situation has
//! adjustable steps at that tier, the same with every step set (percent at
//! its maximum, bonuses on, the first option of a one-of); the same with
//! sales over the last 12 months (below and above the next thresholds); and
//! a set of requests the engine must reject (unknown ids, bad quantities,
//! negative amounts, out-of-range or mismatched choices, overflow).

#[path = "../tests/support/parity.rs"]
mod parity;

use partner_calc::engine::{quote, QuoteRequest};
use partner_calc::model::Lang;
use partner_calc::programmes::ALL;
use partner_calc::widget::Message;
use serde_json::{json, Value};

/// The request and the native engine's answer for it.
fn case(request: &QuoteRequest) -> Value {
    let request_json = serde_json::to_value(request).expect("a request serialises");
    match quote(ALL, request) {
        Ok(q) => {
            let mut q = serde_json::to_value(&q).expect("a quote serialises");
            blank_sections(&mut q);
            json!({ "request": request_json, "quote": q })
        }
        Err(e) => json!({ "request": request_json, "error": e.message(Lang::Ru) }),
    }
}

/// The wasm build bakes every `source.section` of the programmes as an
/// empty string (build.rs: sections are cited only natively, to keep the
/// wasm small), so the browser's quotes carry `"section": ""` everywhere a
/// native quote names the section. Blank them here so that the two can be
/// compared as they are; `source.file` is kept and compared.
fn blank_sections(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if let Some(Value::Object(source)) = map.get_mut("source") {
                if let Some(section) = source.get_mut("section") {
                    *section = Value::String(String::new());
                }
            }
            for v in map.values_mut() {
                blank_sections(v);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(blank_sections),
        _ => {}
    }
}

fn main() {
    let cases: Vec<Value> = parity::requests().iter().map(case).collect();
    println!(
        "{}",
        serde_json::to_string(&cases).expect("the cases serialise")
    );
}
