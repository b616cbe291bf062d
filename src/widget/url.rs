//! The widget's whole state as a URL query, for deep links and for the copy
//! kept in `localStorage`: the view, the language and every field of the
//! form, under short, stable parameter names. Reading a query never fails:
//! a parameter that cannot be used falls back to its default and is named in
//! the list for the visible notice.

use super::form::{Choice, ControlKind, Edit, Form, Line, PriceMode, TargetMode, View};
use super::input::{parse_money, parse_percent, parse_quantity};
use crate::engine::MAX_LINES;
use crate::model::{Lang, Programme};

/// A query parameter that could not be used, named for the notice
/// ([`super::sentences::ignored`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ignored(pub String);

/// The parameter of one line in a link of several: its fields joined by
/// [`SEP`], each escaped (`ln=licences~~10~15000~~p:extra:5`).
const LINE: &str = "ln";

/// The customer's price: `d:` a discount in percent, `a:` an amount.
const SELL: &str = "sell";

/// The target margin: `p:` a percentage, `a:` an amount.
const GOAL: &str = "goal";

/// A line's own customer discount among its fields (`off:5`).
const OFF: &str = "off:";

/// The most characters of a name (customer, partner) a link sets.
const NAME: usize = 200;

/// What joins a line's fields in its parameter (escaped inside them).
const SEP: char = '~';

/// The query (without `?`) describing `form`. A deal of one line is
/// written as single quotes always were (`product=…&qty=…`); a deal of
/// several lines writes each as an `ln` parameter, in order.
pub fn encode(form: &Form) -> String {
    let lang = if form.lang == Lang::En { "en" } else { "ru" };
    let view = match form.view {
        View::Quote => "quote",
        View::Compare => "compare",
        View::WhatIf => "whatif",
    };
    let mut query = String::new();
    let mut pair = |k: &str, v: &str| {
        if !query.is_empty() {
            query.push('&');
        }
        escape(&mut query, k, false);
        query.push('=');
        escape(&mut query, v, false);
    };
    pair("lang", lang);
    pair("view", view);
    pair("vendor", &form.vendor);
    pair("tier", &form.tier);
    let one = match form.lines.as_slice() {
        [line] => Some(line),
        _ => None,
    };
    if let Some(line) = one {
        pair("product", &line.product);
        pair("situation", &line.situation);
        pair("qty", &line.quantity);
        pair("price", &line.unit_price);
    }
    if !form.sales.is_empty() {
        pair("sales", &form.sales);
    }
    if !form.plan.is_empty() {
        pair("plan", &form.plan);
    }
    for (name, text, default) in [
        ("customer", &form.customer, ""),
        ("partner", &form.partner, ""),
        ("valid", &form.valid_days, "30"),
    ] {
        if text != default {
            pair(name, text);
        }
    }
    let s = &form.selling;
    let amount = s.mode == PriceMode::Amount;
    if !s.price.is_empty() || amount {
        pair(
            SELL,
            &format!("{}:{}", if amount { "a" } else { "d" }, s.price),
        );
    }
    let amount = s.target_mode == TargetMode::Amount;
    if !s.target.is_empty() || amount {
        pair(
            GOAL,
            &format!("{}:{}", if amount { "a" } else { "p" }, s.target),
        );
    }
    let own = one.map(|l| &l.choices.0[..]).unwrap_or_default();
    for (step, c) in form.choices.0.iter().chain(own) {
        pair(&format!("{}:{step}", c.kind()), c.value());
    }
    if one.is_none() {
        for line in &form.lines {
            query.push('&');
            query.push_str(LINE);
            query.push('=');
            query.push_str(&line_value(line));
        }
    }
    query
}

/// A line's fields in its `ln` parameter: product, situation, quantity,
/// price, the number of the line it follows (or nothing), then each
/// choice as `kind:step:value`.
fn line_value(line: &Line) -> String {
    let follows = line
        .share_of
        .map(|i| (i + 1).to_string())
        .unwrap_or_default();
    let mut fields = vec![
        line.product.clone(),
        line.situation.clone(),
        line.quantity.clone(),
        line.unit_price.clone(),
        follows,
    ];
    fields.extend(
        line.choices
            .0
            .iter()
            .map(|(step, c)| format!("{}:{step}:{}", c.kind(), c.value())),
    );
    if !line.discount.is_empty() {
        fields.push(format!("{OFF}{}", line.discount));
    }
    let mut out = String::new();
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(SEP);
        }
        escape(&mut out, field, true);
    }
    out
}

/// The form a query describes, from `programmes`' defaults, and the
/// parameters that could not be used. Parameters of other names (a host
/// page's own) are left alone.
pub fn decode(programmes: &[Programme], query: &str) -> (Form, Vec<Ignored>) {
    let raw: Vec<(String, &str)> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (unescape(k), v)
        })
        .collect();
    let pairs: Vec<(&str, String)> = raw.iter().map(|(k, v)| (k.as_str(), unescape(v))).collect();
    let get = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.as_str())
    };
    let mut ignored = Vec::new();
    let lang = match get("lang") {
        Some("en") => Lang::En,
        Some("ru") | None => Lang::Ru,
        Some(_) => {
            ignored.push(Ignored("lang".into()));
            Lang::Ru
        }
    };
    let mut form = Form::new(programmes, "", lang);
    form.view = match get("view") {
        Some("compare") => View::Compare,
        Some("whatif") => View::WhatIf,
        Some("quote") | None => View::Quote,
        Some(_) => {
            ignored.push(Ignored("view".into()));
            View::Quote
        }
    };
    let mut reader = Reader {
        programmes,
        form,
        ignored,
    };
    reader.select("vendor", get("vendor"), 0);
    reader.select("tier", get("tier"), 0);
    let lines: Vec<&str> = raw
        .iter()
        .filter(|(k, _)| k == LINE)
        .map(|(_, v)| *v)
        .collect();
    if lines.is_empty() {
        reader.select("product", get("product"), 0);
        reader.select("situation", get("situation"), 0);
        reader.text("qty", get("qty"), 0);
        reader.text("price", get("price"), 0);
    } else {
        for (i, line) in lines.iter().take(MAX_LINES).enumerate() {
            reader.line(i, line);
        }
        if lines.len() > MAX_LINES {
            reader.bad(LINE);
        }
        // Shares are read once every line is there.
        for (i, line) in lines.iter().take(MAX_LINES).enumerate() {
            reader.follow(i, line);
        }
    }
    for name in [SELL, GOAL] {
        if let Some((mode, value)) = get(name).map(|v| v.split_once(':').unwrap_or((v, ""))) {
            reader.discount(None, name, mode, value);
        }
    }
    reader.text("sales", get("sales"), 0);
    reader.text("plan", get("plan"), 0);
    reader.text("valid", get("valid"), 0);
    for (name, slot) in [
        ("customer", &mut reader.form.customer),
        ("partner", &mut reader.form.partner),
    ] {
        if let Some(name) = get(name) {
            *slot = name.chars().take(NAME).collect();
        }
    }
    for (key, value) in &pairs {
        if let Some((kind, step)) = key.split_once(':') {
            // Without `ln` parameters, the one line's own choices are here too.
            reader.choice(lines.is_empty().then_some(0), kind, step, value, key);
        }
    }
    (reader.form, reader.ignored)
}

/// A form being read from a link, with the parameters it could not use.
struct Reader<'a> {
    programmes: &'a [Programme],
    form: Form,
    ignored: Vec<Ignored>,
}

impl Reader<'_> {
    /// Names `name` among the unusable parameters (once).
    fn bad(&mut self, name: &str) {
        if self.ignored.iter().all(|i| i.0 != name) {
            self.ignored.push(Ignored(name.into()));
        }
    }

    /// Selects the programme, tier, or line `line`'s product or situation
    /// `id`, if there is one of that id.
    fn select(&mut self, name: &str, id: Option<&str>, line: usize) {
        let Some(id) = id else {
            return;
        };
        let (p, f) = (self.programmes, &self.form);
        let known = match name {
            "vendor" => p.iter().any(|x| x.id == id),
            "tier" => f
                .programme(p)
                .is_some_and(|x| x.tiers.iter().any(|t| t.id == id)),
            "product" => f
                .programme(p)
                .is_some_and(|x| x.products.iter().any(|t| t.id == id)),
            _ => f
                .product_of(p, line)
                .is_some_and(|x| x.situations.iter().any(|s| s.id == id)),
        };
        if !known {
            return self.bad(name);
        }
        let id = id.to_string();
        let edit = match name {
            "vendor" => Edit::Vendor(id),
            "tier" => Edit::Tier(id),
            "product" => Edit::Product(line, id),
            _ => Edit::Situation(line, id),
        };
        self.form.edit(p, edit);
    }

    /// Sets the typed field `name` (of line `line` for `qty` and `price`)
    /// if `value` reads as what it holds.
    fn text(&mut self, name: &str, value: Option<&str>, line: usize) {
        let Some(value) = value else {
            return;
        };
        let lang = self.form.lang;
        let ok = match name {
            "qty" | "valid" => parse_quantity(value, lang).is_ok(),
            _ => parse_money(value, lang).is_ok(),
        };
        if !ok {
            return self.bad(name);
        }
        let value = value.to_string();
        let edit = match name {
            "qty" => Edit::Quantity(line, value),
            "price" => Edit::UnitPrice(line, value),
            "valid" => Edit::ValidDays(value),
            "sales" => Edit::Sales(value),
            _ => Edit::Plan(value),
        };
        self.form.edit(self.programmes, edit);
    }

    /// Line `i` from its `ln` value (a new line after the first).
    fn line(&mut self, i: usize, raw: &str) {
        let fields: Vec<String> = raw.split(SEP).map(unescape).collect();
        let field = |n: usize| fields.get(n).map(String::as_str);
        if i > 0 {
            self.form.add_line(self.programmes);
        }
        let Some(product) = field(0).filter(|p| !p.is_empty()) else {
            return self.bad(LINE);
        };
        self.select("product", Some(product), i);
        self.select("situation", field(1).filter(|s| !s.is_empty()), i);
        self.text("qty", field(2), i);
        self.text("price", field(3), i);
        for choice in fields.iter().skip(5) {
            if let Some(off) = choice.strip_prefix(OFF) {
                self.discount(Some(i), LINE, "d", off);
                continue;
            }
            let mut parts = choice.splitn(3, ':');
            match (parts.next(), parts.next(), parts.next()) {
                (Some(kind), Some(step), Some(value)) => {
                    self.choice(Some(i), kind, step, value, LINE)
                }
                _ => self.bad(LINE),
            }
        }
    }

    /// The customer's price (`sell`), the target margin (`goal`), or line
    /// `line`'s own discount, of `mode` (`d`, `a`, `p`), if `value` reads
    /// as one: empty, or a percentage up to 100, or an amount.
    fn discount(&mut self, line: Option<usize>, name: &str, mode: &str, value: &str) {
        let lang = self.form.lang;
        let modes: &[&str] = match (name, line) {
            (_, Some(_)) => &["d"],
            (SELL, None) => &["d", "a"],
            _ => &["p", "a"],
        };
        let amount = mode == "a";
        let reads = match amount {
            true => parse_money(value, lang).is_ok(),
            false => {
                parse_percent(value, lang).is_ok_and(|v| v <= rust_decimal::Decimal::ONE_HUNDRED)
            }
        };
        if !modes.contains(&mode) || !(value.is_empty() || reads) {
            return self.bad(name);
        }
        let value = value.to_string();
        let edits = match (name, line) {
            (_, Some(i)) => vec![Edit::LineDiscount(i, value)],
            (SELL, None) => {
                let mode = [PriceMode::Discount, PriceMode::Amount][usize::from(amount)];
                vec![Edit::PriceMode(mode), Edit::Price(value)]
            }
            _ => {
                let mode = [TargetMode::Percent, TargetMode::Amount][usize::from(amount)];
                vec![Edit::TargetMode(mode), Edit::Target(value)]
            }
        };
        for edit in edits {
            self.form.edit(self.programmes, edit);
        }
    }

    /// The line line `i` follows, from its `ln` value.
    fn follow(&mut self, i: usize, raw: &str) {
        let field = raw.split(SEP).nth(4).map(unescape).unwrap_or_default();
        let leader = match field.as_str() {
            "" => None,
            n => match n.parse::<usize>() {
                Ok(n) if n >= 1 && self.form.leaders(self.programmes, i).contains(&(n - 1)) => {
                    Some(n - 1)
                }
                _ => return self.bad(LINE),
            },
        };
        self.form.edit(self.programmes, Edit::Follow(i, leader));
    }

    /// The choice of kind `kind` for `step`: deal-wide, or of line `line`
    /// (`None`: only deal-wide steps), if it fits its control; else
    /// `name` is unusable.
    fn choice(&mut self, line: Option<usize>, kind: &str, step: &str, value: &str, name: &str) {
        let lang = self.form.lang;
        let (p, f) = (self.programmes, &self.form);
        let wide = f.deal_wide_controls(p);
        let own = line.map(|i| f.controls(p, i)).unwrap_or_default();
        let control = wide
            .iter()
            .chain(own.iter().filter(|c| !c.deal_wide))
            .find(|c| c.id == step);
        let valid = control.is_some_and(|c| match (&c.kind, kind) {
            (ControlKind::Range(r), "percent") => {
                parse_percent(value, lang).is_ok_and(|v| v >= r.min.0 && v <= r.max.0)
            }
            (ControlKind::Bonus(_), "bonus") => value == "true" || value == "false",
            (ControlKind::OneOf(picks), "pick") => {
                value == "none" || picks.iter().any(|p| p.id == *value)
            }
            _ => false,
        });
        let at = control.and_then(|c| (!c.deal_wide).then_some(line).flatten());
        match Choice::parse(kind, value).filter(|_| valid) {
            Some(choice) => self
                .form
                .edit(p, Edit::Choice(at, step.to_string(), choice)),
            None if matches!(kind, "percent" | "bonus" | "pick") => self.bad(name),
            None => {}
        }
    }
}

/// Appends `text` to `out`, percent-encoding all but the unreserved
/// characters (and [`SEP`] too for a line's field).
fn escape(out: &mut String, text: &str, field: bool) {
    for b in text.bytes() {
        let kept = matches!(b, b'-' | b'_' | b'.' | b':') || (b == b'~' && !field);
        if b.is_ascii_alphanumeric() || kept {
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
        let line = &form.lines[0];
        let picked = [&form.vendor, &form.tier, &line.product, &line.situation];
        assert_eq!(
            picked,
            ["stakhanovets", "silver", "licences", "other_partner"]
        );
        let (form, _) = decode(ALL, "vendor=directum&tier=general&product=training&qty=2");
        assert_eq!(
            (form.tier.as_str(), form.lines[0].product.as_str()),
            ("general", "training")
        );
    }

    #[test]
    fn a_link_keeps_the_customer_price_the_target_and_lines_own_discounts() {
        let (form, ignored) = decode(ALL, "vendor=smart-soft&sell=a:9333%2C34&goal=p:25");
        assert!(ignored.is_empty(), "{ignored:?}");
        assert_eq!(
            (form.selling.mode, form.selling.price.as_str()),
            (PriceMode::Amount, "9333,34")
        );
        assert_eq!(
            (form.selling.target_mode, form.selling.target.as_str()),
            (TargetMode::Percent, "25")
        );
        assert!(encode(&form).ends_with("&sell=a:9333%2C34&goal=p:25"));
        let (form, ignored) = decode(
            ALL,
            "vendor=smart-soft&sell=d:10&ln=ti_software~~1~10000~~off:5&ln=ting~~1~5000~~off:101",
        );
        assert_eq!(ignored, [Ignored("ln".into())], "101 % is no discount");
        let own: Vec<&str> = form.lines.iter().map(|l| l.discount.as_str()).collect();
        assert_eq!(own, ["5", ""]);
        assert!(
            encode(&form).contains("&sell=d:10&"),
            "a discount is written too"
        );
        let (_, ignored) = decode(ALL, "vendor=smart-soft&sell=x:10&goal=d:5");
        assert_eq!(ignored, [Ignored("sell".into()), Ignored("goal".into())]);
    }
}
