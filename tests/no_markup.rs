//! The widget writes host and user data as text, never as markup: no source
//! file of the UI uses an HTML-parsing DOM API. (The browser tests show the
//! result: markup typed into fields, in a link or in a host's options stays
//! text.)

use std::path::Path;

/// DOM APIs that parse a string as HTML.
const PARSING: [&str; 6] = [
    "inner_html",
    "innerHTML",
    "outer_html",
    "outerHTML",
    "insertAdjacentHTML",
    "document.write",
];

fn sources(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("a readable entry").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs" || e == "js") {
            out.push(path);
        }
    }
}

#[test]
fn no_source_parses_strings_as_html() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    sources(&root.join("src"), &mut files);
    sources(&root.join("public"), &mut files);
    assert!(
        files.iter().any(|f| f.ends_with("src/ui/app.rs")),
        "the UI sources are scanned"
    );
    let found: Vec<String> = files
        .iter()
        .flat_map(|f| {
            let text = std::fs::read_to_string(f).expect("a readable source");
            PARSING
                .iter()
                .filter(|api| text.contains(*api))
                .map(|api| format!("{}: {api}", f.display()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(found.is_empty(), "HTML-parsing DOM APIs: {found:?}");
}
