//! `cargo run --example programme`: the example is thin; its logic
//! (`examples/programme/check.rs`) is tested here. A bundled programme
//! exported as JSON checks; a copy with one fault names its path and reason;
//! parse errors keep their line and column.

#[path = "../examples/programme/check.rs"]
mod check;

use partner_calc::model::Lang;
use partner_calc::programmes::ALL;

/// The text of the bundled data file `programmes/{id}.toml`.
fn data_file(id: &str) -> String {
    let path = format!("{}/programmes/{id}.toml", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).expect("a bundled data file")
}

/// A bundled data file's text with `from` replaced by `to` (once).
fn edited(id: &str, from: &str, to: &str) -> String {
    let text = data_file(id);
    assert!(text.contains(from), "{from} in {id}.toml");
    text.replacen(from, to, 1)
}

#[test]
fn every_bundled_programme_exports_as_json_that_checks() {
    for programme in ALL {
        let json = check::export(&programme.id).expect("a bundled id exports");
        assert_eq!(
            check::check("export.json", &json, Lang::En),
            Ok(format!("ok: {}", programme.id))
        );
        let back = check::parse("export.json", &json).expect("it reads back");
        assert_eq!(&back, programme);
    }
}

#[test]
fn an_unknown_id_does_not_export() {
    let error = check::export("oracle").unwrap_err();
    assert!(
        error.contains("\"oracle\"") && error.contains("asoft"),
        "{error}"
    );
}

#[test]
fn the_bundled_toml_files_check() {
    for programme in ALL {
        let file = format!("{}.toml", programme.id);
        assert_eq!(
            check::check(&file, &data_file(&programme.id), Lang::En),
            Ok(format!("ok: {}", programme.id))
        );
    }
}

#[test]
fn a_toml_copy_with_one_fault_names_its_path_and_reason() {
    let text = edited(
        "smart-soft",
        "rate = { fixed = 25 }",
        "rate = { up_to = { min = 30, max = 25 } }",
    );
    let path = "products[ti_software].situations[standard].steps[reward].rates[authorized].up_to";
    assert_eq!(
        check::check("my.toml", &text, Lang::En),
        Err(vec![format!("{path}: min 30 is above max 25")])
    );
    assert_eq!(
        check::check("my.toml", &text, Lang::Ru),
        Err(vec![format!("{path}: минимум 30 больше максимума 25")])
    );
}

#[test]
fn parse_errors_keep_their_line_and_column() {
    let text = edited(
        "asoft",
        "source = { file = \"003_fa1ec9df0cf7228f.txt\", section = \"4. ASoft Retail Partner: ограничение для статуса\" }\n",
        "",
    );
    let errors = check::check("my.toml", &text, Lang::En).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("my.toml: TOML parse error at line ")
            && errors[0].contains(", column ")
            && errors[0].contains("missing field `source`"),
        "{errors:?}"
    );
    let errors = check::check("my.json", "{\n  \"id\": \"x\",\n}", Lang::En).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert!(errors[0].contains("at line 3 column 1"), "{errors:?}");
    let errors = check::check("my.yaml", "id: x", Lang::En).unwrap_err();
    assert_eq!(errors, ["my.yaml: not a .json or .toml file"]);
}
