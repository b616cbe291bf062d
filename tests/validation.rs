//! The programme data is validated: at run time with `model::validate`, and
//! at build time, where a broken data file fails `cargo build` with the file,
//! the field and the problem (its Debug form: a developer's build log).

use partner_calc::model::{validate, Invalid, Lang, Percent, Rate, Situation};
use partner_calc::programmes::{title, ALL};
use partner_calc::widget::Message;
use rust_decimal::Decimal;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

#[test]
fn the_bundled_programmes_are_valid_and_complete() {
    let ids: Vec<&str> = ALL.iter().map(|p| p.id.as_ref()).collect();
    assert_eq!(
        ids,
        [
            "directum",
            "stakhanovets",
            "smart-soft",
            "asoft",
            "bitrix-kz"
        ]
    );
    for programme in ALL {
        assert_eq!(validate(programme), Ok(()), "{}", programme.id);
    }
}

/// Every `(file, section)` a JSON value cites.
fn citations(value: &serde_json::Value, out: &mut BTreeSet<(String, String)>) {
    match value {
        serde_json::Value::Object(members) => {
            if let (
                Some(serde_json::Value::String(file)),
                Some(serde_json::Value::String(section)),
            ) = (members.get("file"), members.get("section"))
            {
                out.insert((file.clone(), section.clone()));
            }
            members.values().for_each(|v| citations(v, out));
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| citations(v, out)),
        _ => {}
    }
}

/// One document of `programmes/sources.toml`.
#[derive(serde::Deserialize)]
struct Document {
    file: String,
    title: String,
    title_en: String,
    sha256: String,
    sections: Vec<String>,
}

/// The manifest of source documents kept in the repository.
fn manifest() -> Vec<Document> {
    #[derive(serde::Deserialize)]
    struct Manifest {
        documents: Vec<Document>,
    }
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("programmes/sources.toml");
    let text = std::fs::read_to_string(path).expect("programmes/sources.toml");
    toml::from_str::<Manifest>(&text)
        .expect("a valid manifest")
        .documents
}

#[test]
fn every_citation_is_a_section_of_a_document_in_the_manifest() {
    let documents = manifest();
    let listed: BTreeSet<(String, String)> = documents
        .iter()
        .flat_map(|d| d.sections.iter().map(|s| (d.file.clone(), s.clone())))
        .collect();
    let mut cited = BTreeSet::new();
    for programme in ALL {
        let before = cited.len();
        citations(
            &serde_json::to_value(programme).expect("serialises"),
            &mut cited,
        );
        assert!(cited.len() - before > 10, "{}: few citations", programme.id);
    }
    let unlisted: Vec<_> = cited.difference(&listed).collect();
    assert!(
        unlisted.is_empty(),
        "cited but not in programmes/sources.toml: {unlisted:?}"
    );
    let stale: Vec<_> = listed.difference(&cited).collect();
    assert!(
        stale.is_empty(),
        "in programmes/sources.toml but cited nowhere: {stale:?}"
    );
    for d in &documents {
        assert_eq!(title(&d.file, Lang::Ru), Some(d.title.as_str()));
        assert_eq!(title(&d.file, Lang::En), Some(d.title_en.as_str()));
        assert!(
            !d.title.contains(".txt") && d.sha256.len() == 64,
            "{}",
            d.file
        );
        assert!(
            !d.title_en
                .chars()
                .any(|c| matches!(c, 'а'..='я' | 'А'..='Я')),
            "{}: an English title",
            d.file
        );
    }
}

#[test]
fn the_manifest_hashes_are_the_documents_where_they_are_present() {
    use sha2::{Digest, Sha256};
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    if !seeds.is_dir() {
        println!("skipped: no ../shared/seeds beside the checkout, the documents' hashes were not compared");
        return;
    }
    for d in manifest() {
        let bytes = std::fs::read(seeds.join(&d.file)).expect("a listed document is a seed");
        let hash: String = Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(
            hash, d.sha256,
            "{}: the document changed since the data was read",
            d.file
        );
    }
}

fn set_first_rate(situation: &mut Situation, rate: Rate) {
    let mut steps = situation.steps.to_vec();
    let mut rates = steps[0].rates.to_vec();
    rates[0].rate = rate;
    steps[0].rates = rates.into();
    situation.steps = steps.into();
}

#[test]
fn run_time_validation_names_the_field_and_the_reason() {
    let mut directum = ALL[0].clone();
    let mut products = directum.products.to_vec();
    let mut situations = products[0].situations.to_vec();
    set_first_rate(&mut situations[0], Rate::Fixed(Percent(Decimal::from(120))));
    products[0].situations = situations.into();
    directum.products = products.into();
    let errors = validate(&directum).unwrap_err();
    assert_eq!(errors[0].message(Lang::En), "products[licences].situations[own_sale].steps[base].rates[authorized].fixed: percent 120 is outside 0..100");

    let mut stakhanovets = ALL[1].clone();
    let mut tiers = stakhanovets.tiers.to_vec();
    tiers.swap(1, 2);
    stakhanovets.tiers = tiers.into();
    let errors = validate(&stakhanovets).unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| e.path == "tiers[bronze].threshold.amount"
                && matches!(e.problem, Invalid::ThresholdNotRising { .. })
                && e.message(Lang::En).contains("not above")),
        "{errors:?}"
    );
}

/// Copies the crate's build inputs into a scratch directory.
fn scratch_crate(name: &str) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("target").join("data-check").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    for sub in ["src", "programmes", "build", "benches"] {
        copy_tree(&root.join(sub), &dir.join(sub));
    }
    for file in ["Cargo.toml", "Cargo.lock", "build.rs", "public/widget.css"] {
        std::fs::create_dir_all(dir.join(file).parent().unwrap()).unwrap();
        std::fs::copy(root.join(file), dir.join(file)).unwrap();
    }
    dir
}

/// Copies the directory `from` with everything in it to `to`.
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        match path.is_dir() {
            true => copy_tree(&path, &target),
            false => {
                std::fs::copy(&path, target).unwrap();
            }
        }
    }
}

/// Runs `cargo check` on the scratch crate; returns its stderr and success.
fn check(dir: &Path) -> (bool, String) {
    let target = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("data-check")
        .join("target");
    let out = Command::new(env!("CARGO"))
        .args(["check", "--lib", "--offline", "--quiet"])
        .env("CARGO_TARGET_DIR", target)
        .current_dir(dir)
        .output()
        .expect("cargo runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{from} in {}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn a_broken_data_file_fails_the_build_naming_file_and_field() {
    let dir = scratch_crate("broken");
    let (ok, stderr) = check(&dir);
    assert!(ok, "the intact copy builds: {stderr}");

    edit(
        &dir.join("programmes/smart-soft.toml"),
        "rate = { fixed = 25 }",
        "rate = { fixed = 120 }",
    );
    let (ok, stderr) = check(&dir);
    assert!(!ok, "a percent of 120 must fail the build");
    assert!(
        stderr.contains("programmes/smart-soft.toml: products[ti_software].situations[standard].steps[reward].rates[authorized].fixed: PercentOutOfRange { percent: 120 }"),
        "{stderr}"
    );

    edit(
        &dir.join("programmes/smart-soft.toml"),
        "rate = { fixed = 120 }",
        "rate = { fixed = 25 }",
    );
    edit(
        &dir.join("programmes/asoft.toml"),
        "source = { file = \"003_fa1ec9df0cf7228f.txt\", section = \"4. ASoft Retail Partner: ограничение для статуса\" }\n",
        "",
    );
    let (ok, stderr) = check(&dir);
    assert!(!ok, "a missing source must fail the build");
    assert!(
        stderr.contains("programmes/asoft.toml:") && stderr.contains("missing field `source`"),
        "{stderr}"
    );
}
