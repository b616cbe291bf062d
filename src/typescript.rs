//! The TypeScript declarations of what the JS API returns, generated from
//! the Rust types (ts-rs, in this native test) into the generated part of
//! `src/embed/types.d.ts`. The test fails when that part differs from what
//! the types say; `UPDATE_TYPES=1 cargo test --lib typescript` rewrites it.
//! (What the API takes — options and requests, which accept numbers or
//! decimal strings and `null` — stays written by hand above that part.)

use crate::engine::{
    AfterUnknown, Caveat, CaveatKind, DealNextTier, DealQuote, DealStep, Goal, ListShare, MetTier,
    NextTier, Quote, QuoteStep, RateKind, Resale, ResaleLine,
};
use crate::model::{Basis, Currency, Fact, I18n, Money, Percent, Period, Source, Threshold};
use crate::widget::listing::{Entry, Named};
use ts_rs::TS;

/// The line after which the file is generated.
const MARK: &str =
    "// ---- generated from the Rust types by src/typescript.rs; do not edit below ----\n";

/// Every declaration, in a stable order.
fn declarations() -> String {
    let decls = [
        I18n::decl(),
        Source::decl(),
        Currency::decl(),
        Money::decl(),
        Percent::decl(),
        Basis::decl(),
        Period::decl(),
        Threshold::decl(),
        Fact::decl(),
        RateKind::decl(),
        ListShare::decl(),
        QuoteStep::decl(),
        CaveatKind::decl(),
        Caveat::decl(),
        MetTier::decl(),
        ResaleLine::decl(),
        Goal::decl(),
        Resale::decl(),
        NextTier::decl(),
        Quote::decl(),
        DealStep::decl(),
        AfterUnknown::decl(),
        DealNextTier::decl(),
        DealQuote::decl(),
        Named::decl(),
        Entry::decl(),
    ];
    let mut out = String::new();
    for d in decls {
        out.push_str("export ");
        out.push_str(&d);
        out.push('\n');
    }
    out
}

#[test]
fn the_declarations_match_the_rust_types() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/embed/types.d.ts");
    let file = std::fs::read_to_string(path).expect("types.d.ts");
    let head = file.split(MARK).next().unwrap_or_default();
    let wanted = format!("{head}{MARK}{}", declarations());
    if std::env::var_os("UPDATE_TYPES").is_some() {
        std::fs::write(path, &wanted).expect("types.d.ts is writable");
        return;
    }
    assert!(
        file == wanted,
        "src/embed/types.d.ts is not what the Rust types say: run UPDATE_TYPES=1 cargo test --lib typescript"
    );
}
