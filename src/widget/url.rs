//! The widget's whole state as a URL query, for deep links and for the copy
//! kept in `localStorage`: the view, the language and every field of the
//! form, under short, stable parameter names. Reading a query never fails:
//! a parameter that cannot be used falls back to its default and is named in
//! the list for the visible notice.

use super::form::{Choice, ControlKind, Edit, Form, View};
use super::input::{parse_money, parse_percent, parse_quantity};
use crate::model::{Lang, Programme};

/// A query parameter that could not be used, named for the notice
/// ([`super::sentences::ignored`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ignored(pub String);

/// The query (without `?`) describing `form`.
pub fn encode(form: &Form) -> String {
    let lang = if form.lang == Lang::En { "en" } else { "ru" };
    let view = match form.view {
        View::Quote => "quote",
        View::Compare => "compare",
        View::WhatIf => "whatif",
    };
    let mut pairs: Vec<(&str, &str)> = vec![
        ("lang", lang),
        ("view", view),
        ("vendor", &form.vendor),
        ("tier", &form.tier),
        ("product", &form.product),
        ("situation", &form.situation),
        ("qty", &form.quantity),
        ("price", &form.unit_price),
    ];
    if !form.sales.is_empty() {
        pairs.push(("sales", &form.sales));
    }
    if !form.plan.is_empty() {
        pairs.push(("plan", &form.plan));
    }
    let choices: Vec<(String, &str)> = form
        .choices
        .iter()
        .map(|(step, c)| (format!("{}:{step}", c.kind()), c.value()))
        .collect();
    pairs.extend(choices.iter().map(|(k, v)| (k.as_str(), *v)));
    let mut query = String::new();
    for (k, v) in pairs {
        if !query.is_empty() {
            query.push('&');
        }
        escape(&mut query, k);
        query.push('=');
        escape(&mut query, v);
    }
    query
}

/// The form a query describes, from `programmes`' defaults, and the
/// parameters that could not be used. Parameters of other names (a host
/// page's own) are left alone.
pub fn decode(programmes: &[Programme], query: &str) -> (Form, Vec<Ignored>) {
    let pairs: Vec<(String, String)> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (unescape(k), unescape(v))
        })
        .collect();
    let get = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let mut ignored = Vec::new();
    let mut bad = |name: &str| ignored.push(Ignored(name.to_string()));
    let lang = match get("lang") {
        Some("en") => Lang::En,
        Some("ru") | None => Lang::Ru,
        Some(_) => {
            bad("lang");
            Lang::Ru
        }
    };
    let mut form = Form::new(programmes, "", lang);
    form.view = match get("view") {
        Some("compare") => View::Compare,
        Some("whatif") => View::WhatIf,
        Some("quote") | None => View::Quote,
        Some(_) => {
            bad("view");
            View::Quote
        }
    };
    let mut select = |form: &mut Form, name: &str, ids: Vec<&str>| match get(name) {
        Some(id) if ids.contains(&id) => {
            let id = id.to_string();
            let edit = match name {
                "vendor" => Edit::Vendor(id),
                "tier" => Edit::Tier(id),
                "product" => Edit::Product(id),
                _ => Edit::Situation(id),
            };
            form.edit(programmes, edit);
        }
        Some(_) => bad(name),
        None => {}
    };
    select(
        &mut form,
        "vendor",
        programmes.iter().map(|p| &*p.id).collect(),
    );
    if let Some(p) = form.programme(programmes) {
        select(&mut form, "tier", p.tiers.iter().map(|t| &*t.id).collect());
        select(
            &mut form,
            "product",
            p.products.iter().map(|x| &*x.id).collect(),
        );
    }
    if let Some(product) = form.product_of(programmes) {
        let situations = product.situations.iter().map(|s| &*s.id).collect();
        select(&mut form, "situation", situations);
    }
    let lang = form.lang;
    let mut text = |name: &str, ok: bool, slot: &mut String| match get(name) {
        Some(v) if ok => *slot = v.to_string(),
        Some(_) => bad(name),
        None => {}
    };
    let valid_qty = get("qty").is_some_and(|v| parse_quantity(v, lang).is_ok());
    text("qty", valid_qty, &mut form.quantity);
    let valid_price = get("price").is_some_and(|v| parse_money(v, lang).is_ok());
    text("price", valid_price, &mut form.unit_price);
    let valid_sales = get("sales").is_some_and(|v| parse_money(v, lang).is_ok());
    text("sales", valid_sales, &mut form.sales);
    let valid_plan = get("plan").is_some_and(|v| parse_money(v, lang).is_ok());
    text("plan", valid_plan, &mut form.plan);
    let controls = form.controls(programmes);
    for (key, value) in &pairs {
        let Some((kind, step)) = key.split_once(':') else {
            continue;
        };
        let valid = controls
            .iter()
            .find(|c| c.id == step)
            .is_some_and(|c| match (&c.kind, kind) {
                (ControlKind::Range(r), "percent") => {
                    parse_percent(value, lang).is_ok_and(|v| v >= r.min.0 && v <= r.max.0)
                }
                (ControlKind::Bonus(_), "bonus") => value == "true" || value == "false",
                (ControlKind::OneOf(picks), "pick") => {
                    value == "none" || picks.iter().any(|p| p.id == *value)
                }
                _ => false,
            });
        match Choice::parse(kind, value).filter(|_| valid) {
            Some(choice) => form.edit(programmes, Edit::Choice(step.to_string(), choice)),
            None if matches!(kind, "percent" | "bonus" | "pick") => {
                ignored.push(Ignored(key.clone()))
            }
            None => {}
        }
    }
    (form, ignored)
}

/// Appends `text` to `out`, percent-encoding all but the unreserved characters.
fn escape(out: &mut String, text: &str) {
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b':') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// Decodes `%XX` and `+`; malformed escapes stay as they are, and text that
/// is not UTF-8 reads as empty (so the parameter is reported unusable).
fn unescape(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programmes::ALL;

    #[test]
    fn a_link_sets_the_programme_tier_product_and_situation_it_names() {
        let (form, ignored) = decode(
            ALL,
            "vendor=stakhanovets&tier=silver&product=licences&situation=other_partner&qty=2",
        );
        assert!(ignored.is_empty(), "{ignored:?}");
        let picked = [&form.vendor, &form.tier, &form.product, &form.situation];
        assert_eq!(
            picked,
            ["stakhanovets", "silver", "licences", "other_partner"]
        );
        let (form, _) = decode(ALL, "vendor=directum&tier=general&product=training&qty=2");
        assert_eq!(
            (form.tier.as_str(), form.product.as_str()),
            ("general", "training")
        );
    }
}
