//! Reads `programmes/*.toml`, validates each programme with the model's own
//! `validate`, and writes them as static Rust data into `OUT_DIR`, so that no
//! TOML or JSON parser ends up in the wasm. A broken data file fails the build
//! with the file, the field and the reason.

#[path = "build/bake.rs"]
mod bake;
#[path = "build/css.rs"]
mod css;
#[allow(dead_code, unused_imports)]
#[path = "src/model/mod.rs"]
mod model;

use std::fmt::Write as _;
use std::path::Path;

/// The programmes, in the order the widget lists them.
const FILES: [&str; 5] = [
    "directum",
    "stakhanovets",
    "smart-soft",
    "asoft",
    "bitrix-kz",
];

fn main() {
    println!("cargo:rerun-if-changed=programmes");
    println!("cargo:rerun-if-changed=src/model");
    println!("cargo:rerun-if-changed=build");
    println!("cargo:rerun-if-changed=public/widget.css");
    let mut code = String::from(
        "/// Every bundled programme, in display order.\npub static ALL: &[Programme] = &[\n",
    );
    let mut failures = Vec::new();
    for name in FILES {
        let file = format!("programmes/{name}.toml");
        match load(&file) {
            Ok(expr) => {
                let _ = writeln!(code, "{expr},");
            }
            Err(messages) => failures.extend(messages.into_iter().map(|m| format!("{file}: {m}"))),
        }
    }
    if !failures.is_empty() {
        for failure in &failures {
            println!("cargo:warning={failure}");
            eprintln!("error: {failure}");
        }
        std::process::exit(1);
    }
    code.push_str("];\n");
    code.push_str(&titles("programmes/sources.toml"));
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out_dir).join("programmes.rs"), code).expect("OUT_DIR is writable");
    // The widget's stylesheet, compiled into the wasm (src/embed/mod.rs).
    let widget = std::fs::read_to_string("public/widget.css").expect("public/widget.css exists");
    std::fs::write(Path::new(&out_dir).join("widget.css"), css::minify(&widget))
        .expect("OUT_DIR is writable");
}

/// One source document of the manifest, as far as the widget needs it.
#[derive(serde::Deserialize)]
struct Document {
    file: String,
    title: String,
    title_en: String,
}

/// The manifest's documents.
#[derive(serde::Deserialize)]
struct Manifest {
    documents: Vec<Document>,
}

/// The titles of the manifest's documents as a static list of
/// `(file, title, English title)`; a broken manifest fails the build.
fn titles(file: &str) -> String {
    let text = std::fs::read_to_string(file).expect("programmes/sources.toml exists");
    let manifest: Manifest = toml::from_str(&text)
        .unwrap_or_else(|e| panic!("{file}: {}", e.to_string().replace('\n', " ")));
    let mut code = String::from(
        "/// The bundled programmes' source documents: file name, the document's own\n\
         /// title, and that title in English.\n\
         pub static TITLES: &[(&str, &str, &str)] = &[\n",
    );
    for d in manifest.documents {
        let _ = writeln!(code, "({:?}, {:?}, {:?}),", d.file, d.title, d.title_en);
    }
    code.push_str("];\n");
    code
}

/// Parses, validates and bakes one data file; errors are `field: problem`.
fn load(file: &str) -> Result<String, Vec<String>> {
    let text = std::fs::read_to_string(file).map_err(|e| vec![format!("cannot read: {e}")])?;
    let programme: model::Programme =
        toml::from_str(&text).map_err(|e| vec![format!("{}", e.to_string().replace('\n', " "))])?;
    model::validate(&programme).map_err(|errors| {
        // A developer's build log: the problem as its Debug form.
        let lines = errors
            .iter()
            .map(|e| format!("{}: {:?}", e.path, e.problem));
        lines.collect::<Vec<_>>()
    })?;
    let expected = Path::new(file)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    if programme.id != expected {
        return Err(vec![format!(
            "id: {:?} must match the file name {expected:?}",
            programme.id
        )]);
    }
    let cite_sections = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() != Ok("wasm32");
    bake::bake(&programme, cite_sections).map_err(|e| vec![format!("cannot bake: {e}")])
}
