//! The quote example's logic: a request's JSON text to its quote's JSON
//! text, or the refusal in English (tested in `tests/quote_example.rs`).

use partner_calc::engine::{quote, quote_deal, DealRequest, QuoteRequest};
use partner_calc::model::Lang;
use partner_calc::programmes::ALL;
use partner_calc::widget::Message;
use serde::Serialize;

/// Prices the request in `input`: a deal when it has `lines`, else a single
/// line. The quote as pretty JSON.
///
/// # Errors
/// Text that is not a request, or the engine's refusal, in English.
pub fn run(input: &str) -> Result<String, String> {
    let value: serde_json::Value =
        serde_json::from_str(input).map_err(|e| format!("invalid request: {e}"))?;
    if value.get("lines").is_some() {
        let request: DealRequest =
            serde_json::from_value(value).map_err(|e| format!("invalid deal: {e}"))?;
        json(quote_deal(ALL, &request))
    } else {
        let request: QuoteRequest =
            serde_json::from_value(value).map_err(|e| format!("invalid request: {e}"))?;
        json(quote(ALL, &request))
    }
}

/// The quote as pretty JSON, or the refusal in English.
fn json<Q: Serialize, E: Message>(priced: Result<Q, E>) -> Result<String, String> {
    let quote = priced.map_err(|e| e.message(Lang::En))?;
    serde_json::to_string_pretty(&quote).map_err(|e| format!("cannot write the quote: {e}"))
}
