//! What `cargo run --example programme` does, apart from its arguments and
//! output, so that `tests/programme_example.rs` can call it: reading a
//! programme file, checking it, exporting a bundled one.

use partner_calc::model::{validate, Lang, Programme};
use partner_calc::programmes::ALL;
use partner_calc::widget::Message;
use std::path::Path;

/// Reads a programme from `text`, as JSON or TOML by the extension of
/// `file`; a parse error names the file, the line and the column.
pub fn parse(file: &str, text: &str) -> Result<Programme, String> {
    match Path::new(file).extension().and_then(|e| e.to_str()) {
        Some("json") => serde_json::from_str(text).map_err(|e| format!("{file}: {e}")),
        Some("toml") => toml::from_str(text).map_err(|e| format!("{file}: {e}")),
        _ => Err(format!("{file}: not a .json or .toml file")),
    }
}

/// Parses and validates a programme file: `ok: <id>`, or every problem as
/// `path: reason` in `lang` (a parse error as it is).
pub fn check(file: &str, text: &str, lang: Lang) -> Result<String, Vec<String>> {
    let programme = parse(file, text).map_err(|e| vec![e])?;
    match validate(&programme) {
        Ok(()) => Ok(format!("ok: {}", programme.id)),
        Err(errors) => Err(errors.iter().map(|e| e.message(lang)).collect()),
    }
}

/// The bundled programme `id` as pretty JSON, or why not.
pub fn export(id: &str) -> Result<String, String> {
    let Some(programme) = ALL.iter().find(|p| p.id == id) else {
        let ids: Vec<&str> = ALL.iter().map(|p| p.id.as_ref()).collect();
        return Err(format!(
            "no bundled programme {id:?}; the bundled ones: {}",
            ids.join(", ")
        ));
    };
    serde_json::to_string_pretty(programme).map_err(|e| format!("cannot write {id}: {e}"))
}
