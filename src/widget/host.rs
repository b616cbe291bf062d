//! What a host page hands the JS API, read without a text parser: the UI
//! layer turns a JS value into a [`Host`] tree, and the functions here make a
//! [`QuoteRequest`] of it or say, for a person, what is wrong and where.

use super::input::parse_number;
use crate::engine::{
    ChoiceValue, Choices, CustomerRequest, DealLine, DealRequest, QuoteRequest, Target, MAX_LINES,
};
use crate::model::Lang;
use rust_decimal::Decimal;

/// A JS value as the host gave it. `undefined` members are left out of
/// objects, as if they were absent.
#[derive(Clone, Debug, PartialEq)]
pub enum Host {
    /// `null` (or `undefined` where a whole value is expected).
    Null,
    /// A boolean.
    Bool(bool),
    /// A string.
    Text(String),
    /// A number, as JS writes it (`String(n)`: `7`, `0.1`, `1e+21`, `NaN`).
    Number(String),
    /// An array.
    List(Vec<Host>),
    /// Any other object: its own enumerable members, in order.
    Object(Vec<(String, Host)>),
    /// Anything else (a function, a symbol, a big integer).
    Other,
    /// A list or object of more members, or a longer string, than the
    /// reader takes (see the UI's JS reader).
    TooLarge,
}

/// What is wrong with a host value, and where (`quantity`, `choices.plan`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostError {
    /// The member's path in the object, `` for the object itself.
    pub at: String,
    /// What is wrong.
    pub problem: Problem,
}

/// The kinds of [`HostError`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// An object was expected.
    NotAnObject,
    /// A string was expected.
    NotText,
    /// A boolean was expected.
    NotBool,
    /// A decimal number (a JS number or a string like `"1500.50"`) was expected.
    NotAmount,
    /// `{ percent }`, `{ on }` or `{ pick }` was expected.
    NotChoice,
    /// A required member is missing.
    Missing,
    /// `ru` or `en` was expected.
    NotLang,
    /// A member the API does not know.
    Unknown,
    /// A list was expected.
    NotList,
    /// A whole number (a count) was expected.
    NotCount,
    /// A value the format does not allow (e.g. an unknown currency).
    Invalid,
    /// A list longer than this many items.
    TooMany(usize),
    /// A text longer than this many characters.
    TooLong(usize),
    /// More than the reader takes at all.
    TooLarge,
    /// An `http(s)` address or a path on the host's site was expected.
    NotLink,
    /// A button label longer than `max` characters (`length`).
    LabelTooLong {
        /// The most characters taken.
        max: usize,
        /// The characters given.
        length: usize,
    },
}

impl HostError {
    /// The error `problem` at `at`.
    pub fn new(at: &str, problem: Problem) -> HostError {
        HostError {
            at: at.to_string(),
            problem,
        }
    }
}

impl Host {
    /// The members of an object, or [`Problem::NotAnObject`] at `at`.
    pub fn members(&self, at: &str) -> Result<&[(String, Host)], HostError> {
        match self {
            Host::Object(members) => Ok(members),
            _ => Err(HostError::new(at, Problem::NotAnObject)),
        }
    }

    /// A string, or [`Problem::NotText`] at `at`.
    pub fn text(&self, at: &str) -> Result<&str, HostError> {
        match self {
            Host::Text(text) => Ok(text),
            _ => Err(HostError::new(at, Problem::NotText)),
        }
    }

    /// A boolean, or [`Problem::NotBool`] at `at`.
    pub fn flag(&self, at: &str) -> Result<bool, HostError> {
        match self {
            Host::Bool(b) => Ok(*b),
            _ => Err(HostError::new(at, Problem::NotBool)),
        }
    }

    /// An exact decimal from a JS number or a decimal string (`-12`,
    /// `1500.50`; no exponent, no grouping), or [`Problem::NotAmount`].
    pub fn amount(&self, at: &str) -> Result<Decimal, HostError> {
        let bad = || HostError::new(at, Problem::NotAmount);
        let (Host::Text(text) | Host::Number(text)) = self else {
            return Err(bad());
        };
        let digits = text.strip_prefix('-').unwrap_or(text);
        let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
        let plain = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !plain(whole) || !plain(fraction) {
            return Err(bad());
        }
        parse_number(text, Lang::Ru).map_err(|_| bad())
    }
}

/// A JSON value as the JS reader would give it (for the tests).
#[cfg(test)]
impl From<&serde_json::Value> for Host {
    fn from(value: &serde_json::Value) -> Host {
        use serde_json::Value;
        match value {
            Value::Null => Host::Null,
            Value::Bool(b) => Host::Bool(*b),
            Value::Number(n) => Host::Number(n.to_string()),
            Value::String(s) => Host::Text(s.clone()),
            Value::Array(items) => Host::List(items.iter().map(Host::from).collect()),
            Value::Object(members) => Host::Object(
                members
                    .iter()
                    .map(|(k, v)| (k.clone(), Host::from(v)))
                    .collect(),
            ),
        }
    }
}

/// The members a quote request must have.
const REQUIRED: [&str; 5] = ["vendor", "tier", "product", "quantity", "unit_price"];

/// Reads a quote request: `{ vendor, tier, product, situation?, quantity,
/// unit_price, choices?, sales_last_12_months? }`, amounts as JS numbers or
/// decimal strings, choices as `{ STEP: { percent } | { on } | { pick } }`.
pub fn request(value: &Host) -> Result<QuoteRequest, HostError> {
    let mut deal = DealRequest {
        vendor: String::new(),
        tier: String::new(),
        lines: Vec::new(),
        sales_last_12_months: None,
        customer: None,
    };
    let mut line = DealLine::default();
    let mut seen = [false; 5];
    for (key, v) in value.members("")? {
        let k = key.as_str();
        if !deal_member(&mut deal, k, v)? && !line_member(&mut line, k, v)? {
            return Err(HostError::new(k, Problem::Unknown));
        }
        if let Some(i) = REQUIRED.iter().position(|name| *name == k) {
            seen[i] = true;
        }
    }
    match seen.iter().position(|s| !s) {
        Some(i) => Err(HostError::new(REQUIRED[i], Problem::Missing)),
        None => Ok(QuoteRequest {
            vendor: deal.vendor,
            tier: deal.tier,
            product: line.product,
            situation: line.situation,
            quantity: line.quantity,
            unit_price: line.unit_price,
            choices: line.choices,
            sales_last_12_months: deal.sales_last_12_months,
            customer: deal.customer,
        }),
    }
}

/// Why a host's deal cannot be read: the line (an index) where it is not
/// the deal's own member, and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineError {
    /// The line, if the problem is in one.
    pub line: Option<usize>,
    /// What is wrong, and where in the line or deal.
    pub error: HostError,
}

/// Whether `value` is a deal (it has `lines`) rather than a single request.
pub fn is_deal(value: &Host) -> bool {
    matches!(value, Host::Object(members) if members.iter().any(|(k, _)| k == "lines"))
}

/// Reads a deal: `{ vendor, tier, lines: [{ product, situation?, quantity,
/// unit_price, choices?, share_of? }], sales_last_12_months? }`; a line
/// with `share_of` (the index of the licence line it follows) needs no
/// `unit_price`.
///
/// # Errors
/// The member that is missing, of the wrong kind or unknown, with its line.
pub fn deal(value: &Host) -> Result<DealRequest, LineError> {
    let deal_error = |error| LineError { line: None, error };
    let mut deal = DealRequest {
        vendor: String::new(),
        tier: String::new(),
        lines: Vec::new(),
        sales_last_12_months: None,
        customer: None,
    };
    let mut seen = [false; 3];
    for (key, v) in value.members("").map_err(deal_error)? {
        let k = key.as_str();
        if k == "lines" {
            let Host::List(items) = v else {
                return Err(deal_error(HostError::new(k, Problem::NotList)));
            };
            if items.len() > MAX_LINES {
                return Err(deal_error(HostError::new(k, Problem::TooMany(MAX_LINES))));
            }
            for (i, item) in items.iter().enumerate() {
                let error = |error| LineError {
                    line: Some(i),
                    error,
                };
                deal.lines.push(deal_line(item).map_err(error)?);
            }
        } else if !deal_member(&mut deal, k, v).map_err(deal_error)? {
            return Err(deal_error(HostError::new(k, Problem::Unknown)));
        }
        if let Some(i) = ["vendor", "tier", "lines"].iter().position(|n| *n == k) {
            seen[i] = true;
        }
    }
    match seen.iter().position(|s| !s) {
        Some(i) => {
            let name = ["vendor", "tier", "lines"][i];
            Err(deal_error(HostError::new(name, Problem::Missing)))
        }
        None => Ok(deal),
    }
}

/// One line of a host's deal.
fn deal_line(value: &Host) -> Result<DealLine, HostError> {
    let mut line = DealLine::default();
    let mut seen = [false; 3];
    for (key, v) in value.members("")? {
        let k = key.as_str();
        match k {
            "share_of" if matches!(v, Host::Null) => {}
            "share_of" => {
                // A whole number from 0 (`1.0` is 1).
                let at = v.amount(k)?.normalize();
                let index = usize::try_from(at.mantissa())
                    .ok()
                    .filter(|_| at.scale() == 0);
                line.share_of = Some(index.ok_or_else(|| HostError::new(k, Problem::NotCount))?);
            }
            _ if line_member(&mut line, k, v)? => {}
            _ => return Err(HostError::new(k, Problem::Unknown)),
        }
        if let Some(i) = ["product", "quantity", "unit_price"]
            .iter()
            .position(|n| *n == k)
        {
            seen[i] = true;
        }
    }
    // A line that follows another takes its price from it.
    seen[2] |= line.share_of.is_some();
    match seen.iter().position(|s| !s) {
        Some(i) => {
            let name = ["product", "quantity", "unit_price"][i];
            Err(HostError::new(name, Problem::Missing))
        }
        None => Ok(line),
    }
}

/// Sets the deal's member `k` to `v`; `false` for a member a deal has not.
fn deal_member(deal: &mut DealRequest, k: &str, v: &Host) -> Result<bool, HostError> {
    match k {
        "vendor" => deal.vendor = v.text(k)?.to_string(),
        "tier" => deal.tier = v.text(k)?.to_string(),
        "sales_last_12_months" if matches!(v, Host::Null) => {}
        "sales_last_12_months" => deal.sales_last_12_months = Some(v.amount(k)?),
        "customer" if matches!(v, Host::Null) => {}
        "customer" => deal.customer = Some(customer(v)?),
        _ => return Ok(false),
    }
    Ok(true)
}

/// Sets the line's member `k` to `v`; `false` for a member a line has not.
fn line_member(line: &mut DealLine, k: &str, v: &Host) -> Result<bool, HostError> {
    let optional = matches!(v, Host::Null);
    match k {
        "product" => line.product = v.text(k)?.to_string(),
        "quantity" => line.quantity = v.amount(k)?,
        "unit_price" => line.unit_price = v.amount(k)?,
        "situation" if optional => {}
        "situation" => line.situation = Some(v.text(k)?.to_string()),
        "choices" if optional => {}
        "choices" => line.choices = choices(v)?,
        _ => return Ok(false),
    }
    Ok(true)
}

/// Reads the customer's price: `{ discount_percent?, line_discount_percent?:
/// [percent | null, …], amount?, target?: { percent } | { amount } }`.
fn customer(value: &Host) -> Result<CustomerRequest, HostError> {
    let mut out = CustomerRequest::default();
    for (key, v) in value.members("customer")? {
        let at = format!("customer.{key}");
        let optional = |v: &Host| match v {
            Host::Null => Ok(None),
            v => v.amount(&at).map(Some),
        };
        match key.as_str() {
            "discount_percent" => out.discount_percent = optional(v)?,
            "amount" => out.amount = optional(v)?,
            "line_discount_percent" => {
                let Host::List(items) = v else {
                    return Err(HostError::new(&at, Problem::NotList));
                };
                if items.len() > MAX_LINES {
                    return Err(HostError::new(&at, Problem::TooMany(MAX_LINES)));
                }
                out.line_discount_percent = items.iter().map(optional).collect::<Result<_, _>>()?;
            }
            "target" if matches!(v, Host::Null) => {}
            "target" => {
                out.target = Some(match v.members(&at)? {
                    [(kind, v)] if kind == "percent" => Target::Percent(v.amount(&at)?),
                    [(kind, v)] if kind == "amount" => Target::Amount(v.amount(&at)?),
                    _ => return Err(HostError::new(&at, Problem::Invalid)),
                });
            }
            _ => return Err(HostError::new(&at, Problem::Unknown)),
        }
    }
    Ok(out)
}

/// Reads `{ STEP: { percent } | { on } | { pick } }`.
fn choices(value: &Host) -> Result<Choices, HostError> {
    let mut out = Choices::default();
    for (step, v) in value.members("choices")? {
        let at = format!("choices.{step}");
        let choice = match v.members(&at)? {
            [(kind, v)] => match kind.as_str() {
                "percent" => ChoiceValue::Percent(v.amount(&at)?),
                "on" => ChoiceValue::On(v.flag(&at)?),
                "pick" => ChoiceValue::Pick(v.text(&at)?.to_string()),
                _ => return Err(HostError::new(&at, Problem::NotChoice)),
            },
            _ => return Err(HostError::new(&at, Problem::NotChoice)),
        };
        out.insert(step.clone(), choice);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::widget::Message;

    fn text(s: &str) -> Host {
        Host::Text(s.into())
    }

    fn object(members: &[(&str, Host)]) -> Host {
        Host::Object(
            members
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        )
    }

    fn base() -> Vec<(&'static str, Host)> {
        vec![
            ("vendor", text("asoft")),
            ("tier", text("competency")),
            ("product", text("crm_licences")),
            ("quantity", Host::Number("3".into())),
            ("unit_price", text("1000.50")),
        ]
    }

    #[test]
    fn reads_a_request_with_numbers_strings_and_choices() {
        let mut members = base();
        members.push((
            "choices",
            object(&[
                ("plan", object(&[("on", Host::Bool(true))])),
                ("events", object(&[("pick", text("a"))])),
                ("extra", object(&[("percent", Host::Number("2.5".into()))])),
            ]),
        ));
        members.push(("situation", Host::Null));
        let r = request(&object(&members)).expect("a valid request");
        assert_eq!(r.quantity, Decimal::from(3));
        assert_eq!(r.unit_price, Decimal::new(100050, 2));
        assert_eq!(r.unit_price.scale(), 2, "the scale as written");
        assert_eq!(r.situation, None);
        assert_eq!(r.choices["plan"], ChoiceValue::On(true));
        assert_eq!(r.choices["events"], ChoiceValue::Pick("a".into()));
        assert_eq!(
            r.choices["extra"],
            ChoiceValue::Percent(Decimal::new(25, 1))
        );
    }

    #[test]
    fn the_largest_decimal_is_read_exactly() {
        let max = text("79228162514264337593543950335");
        assert_eq!(max.amount("x"), Ok(Decimal::MAX));
        assert_eq!(text("-0.005").amount("x"), Ok(Decimal::new(-5, 3)));
    }

    #[test]
    fn says_what_is_wrong_and_where() {
        let message = |members: Vec<(&str, Host)>| {
            request(&object(&members))
                .map(|_| String::new())
                .unwrap_or_else(|e| e.message(Lang::En))
        };
        let mut m = base();
        m[3] = ("quantity", Host::Number("1e+21".into()));
        assert_eq!(
            message(m),
            "«quantity»: a number or a decimal string like \"1500.50\" is expected"
        );
        let mut m = base();
        m[0] = ("vendor", Host::Number("5".into()));
        assert_eq!(message(m), "«vendor»: a string is expected");
        let mut m = base();
        m.remove(4);
        assert_eq!(message(m), "«unit_price»: missing");
        let mut m = base();
        m.push(("colour", text("red")));
        assert_eq!(message(m), "«colour»: unknown member");
        let mut m = base();
        m.push((
            "choices",
            object(&[("plan", object(&[("on", text("yes"))]))]),
        ));
        assert_eq!(message(m), "«choices.plan»: true or false is expected");
        let mut m = base();
        m.push(("choices", object(&[("plan", Host::Bool(true))])));
        assert_eq!(message(m), "«choices.plan»: an object is expected");
        assert_eq!(
            request(&Host::List(vec![])).unwrap_err().message(Lang::Ru),
            "ожидается объект"
        );
        for bad in [
            "", "-", "1.", ".5", "1,5", "1 000", "NaN", "Infinity", "0x10", "+1",
        ] {
            assert!(text(bad).amount("a").is_err(), "{bad:?} is not an amount");
        }
        let too_big = text("79228162514264337593543950336");
        assert_eq!(too_big.amount("a").unwrap_err().problem, Problem::NotAmount);
    }

    #[test]
    fn reads_the_customer_part_and_names_what_is_wrong_in_it() {
        let mut m = base();
        m.push((
            "customer",
            object(&[
                ("discount_percent", Host::Number("10".into())),
                (
                    "line_discount_percent",
                    Host::List(vec![Host::Null, text("5.5")]),
                ),
                ("amount", Host::Null),
                ("target", object(&[("percent", text("25"))])),
            ]),
        ));
        let r = request(&object(&m)).expect("read");
        let c = r.customer.expect("a customer part");
        assert_eq!(c.discount_percent, Some(Decimal::new(10, 0)));
        assert_eq!(c.line_discount_percent, [None, Some(Decimal::new(55, 1))]);
        assert_eq!(c.target, Some(Target::Percent(Decimal::new(25, 0))));
        let message = |customer: Host| {
            let mut m = base();
            m.push(("customer", customer));
            request(&object(&m))
                .map(|_| String::new())
                .unwrap_or_else(|e| e.message(Lang::En))
        };
        assert_eq!(
            message(object(&[("target", object(&[("margin", text("5"))]))])),
            "«customer.target»: a value the format does not allow"
        );
        assert_eq!(
            message(object(&[("line_discount_percent", text("5"))])),
            "«customer.line_discount_percent»: a list is expected"
        );
        assert_eq!(
            message(object(&[("discount", text("5"))])),
            "«customer.discount»: unknown member"
        );
        assert_eq!(message(Host::Null), "", "null: no customer part");
        assert_eq!(
            message(object(&[("target", Host::Null)])),
            "",
            "null: no target"
        );
        let discounts =
            |n: usize| object(&[("line_discount_percent", Host::List(vec![Host::Null; n]))]);
        assert_eq!(
            message(discounts(MAX_LINES)),
            "",
            "one per line of the largest deal"
        );
        assert_eq!(
            message(discounts(MAX_LINES + 1)),
            "«customer.line_discount_percent»: at most 50 items"
        );
        let mut m = base();
        m.push((
            "customer",
            object(&[("target", object(&[("amount", text("500"))]))]),
        ));
        let target = request(&object(&m))
            .expect("read")
            .customer
            .and_then(|c| c.target);
        assert_eq!(target, Some(Target::Amount(Decimal::new(500, 0))));
        let amount = object(&[("amount", Host::Number("90000".into()))]);
        let mut m = base();
        m.push(("customer", amount));
        let r = request(&object(&m)).expect("read");
        assert_eq!(
            r.customer.and_then(|c| c.amount),
            Some(Decimal::new(90_000, 0))
        );
    }
}
