//! The JSON Schema of the programme format, generated from the model types
//! (schemars, in this native test) into `public/programme.schema.json`,
//! which `scripts/build-embed.sh` ships beside the embed. The test fails when
//! the file differs from what the types say;
//! `UPDATE_SCHEMA=1 cargo test --lib schema` rewrites it. The schema checks
//! the shape serde reads; `model::validate` checks the rest (ids, ranges,
//! references, sources).

use crate::model::Programme;

/// The schema of [`Programme`], pretty-printed, with a final newline.
fn schema() -> String {
    let schema = schemars::schema_for!(Programme);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema is JSON");
    text.push('\n');
    text
}

#[test]
fn the_schema_file_matches_the_model_types() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/public/programme.schema.json");
    let wanted = schema();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(path, &wanted).expect("public/ is writable");
        return;
    }
    let file = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        file == wanted,
        "public/programme.schema.json is not what the model types say: run UPDATE_SCHEMA=1 cargo test --lib schema"
    );
}
