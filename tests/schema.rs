//! The JSON Schema of the programme format (`public/programme.schema.json`,
//! generated from the model types by `src/schema.rs`): the five bundled
//! programmes, as serde writes them, pass it; copies broken in the ways a
//! hand-written file breaks do not; and so does the example in docs/programme-format.md.

use partner_calc::model::{validate, Programme};
use partner_calc::programmes::ALL;
use serde_json::{json, Value};

/// The schema file, compiled.
fn schema() -> (boon::Schemas, boon::SchemaIndex) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/public/programme.schema.json");
    let mut schemas = boon::Schemas::new();
    let index = boon::Compiler::new()
        .compile(path, &mut schemas)
        .unwrap_or_else(|e| panic!("{path} compiles: {e:#}"));
    (schemas, index)
}

/// Whether `value` passes the schema; the failure's text otherwise.
fn check(value: &Value) -> Result<(), String> {
    let (schemas, index) = schema();
    schemas.validate(value, index).map_err(|e| format!("{e}"))
}

/// A bundled programme as serde writes it.
fn bundled(id: &str) -> Value {
    let programme = ALL.iter().find(|p| p.id == id).expect("a bundled id");
    serde_json::to_value(programme).expect("a programme is JSON")
}

#[test]
fn the_bundled_programmes_pass_the_schema() {
    for programme in ALL {
        let value = serde_json::to_value(programme).expect("a programme is JSON");
        assert_eq!(check(&value), Ok(()), "{}", programme.id);
    }
}

/// Asserts that `value`, broken as `what` says, fails the schema (and that
/// serde refuses it too: the schema says what serde reads).
fn refused(value: Value, what: &str) {
    assert!(check(&value).is_err(), "{what}: the schema accepts it");
    assert!(
        serde_json::from_value::<Programme>(value).is_err(),
        "{what}: serde reads it"
    );
}

/// The value at `pointer` (RFC 6901) in `v`, which must be there: each
/// broken copy changes a field the programme has.
fn at<'v>(v: &'v mut Value, pointer: &str) -> &'v mut Value {
    v.pointer_mut(pointer)
        .unwrap_or_else(|| panic!("{pointer} is there"))
}

/// The first rate of the first step of the first product.
const RATE: &str = "/products/0/situations/0/steps/0/rates/0/rate";

#[test]
fn broken_copies_fail_the_schema() {
    let mut v = bundled("directum");
    at(&mut v, "/tiers/0").as_object_mut().unwrap().remove("id");
    refused(v, "a tier without id");

    let mut v = bundled("directum");
    *at(&mut v, &format!("{RATE}/fixed")) = json!({});
    refused(v, "a percentage as a bare object");

    let mut v = bundled("directum");
    *at(&mut v, "/currency") = json!("usd");
    refused(v, "an unknown currency");

    let mut v = bundled("asoft");
    v.as_object_mut()
        .unwrap()
        .remove("source")
        .expect("a source");
    refused(v, "a programme without source");

    let mut v = bundled("stakhanovets");
    *at(&mut v, "/tiers/1/threshold/amount") = json!("a lot");
    refused(v, "an amount that is not a decimal");

    let mut v = bundled("smart-soft");
    *at(&mut v, RATE) = json!({ "fixed": "10", "bonus": "5" });
    refused(v, "a rate of two kinds");

    let mut v = bundled("bitrix-kz");
    *at(&mut v, "/products/0/situations/0/steps/0/settlement") = json!("later");
    refused(v, "a paid-later step without its words");
}

#[test]
fn decimals_may_be_strings_or_numbers_as_serde_reads_them() {
    let fixed = format!("{RATE}/fixed");
    for (id, pointer, number) in [
        ("stakhanovets", "/tiers/1/threshold/amount", json!(150000)),
        ("directum", fixed.as_str(), json!(25)),
        ("directum", fixed.as_str(), json!(2.5)),
    ] {
        let mut v = bundled(id);
        assert!(at(&mut v, pointer).is_string(), "serde writes a string");
        *at(&mut v, pointer) = number;
        assert_eq!(check(&v), Ok(()), "{id}{pointer}");
        assert!(serde_json::from_value::<Programme>(v).is_ok(), "{id}");
    }
}

/// The example programme of docs/programme-format.md: the JSON between its two markers.
fn documented_example() -> String {
    let doc = include_str!("../docs/programme-format.md");
    let start = "<!-- example-programme: start -->\n```json\n";
    let end = "```\n<!-- example-programme: end -->";
    let (_, rest) = doc.split_once(start).expect("the start marker");
    let (json, _) = rest.split_once(end).expect("the end marker");
    json.to_string()
}

#[test]
fn the_documented_example_passes_the_schema_and_validation() {
    let text = documented_example();
    let value: Value = serde_json::from_str(&text).expect("the example is JSON");
    assert_eq!(check(&value), Ok(()));
    let programme: Programme = serde_json::from_str(&text).expect("the example is a programme");
    assert_eq!(validate(&programme), Ok(()));
    assert_eq!(programme.tiers.len(), 2);
    assert!(programme.tiers.iter().all(|t| t.threshold.is_some()));
}
