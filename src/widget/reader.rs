//! Reads programmes a host supplies: a [`Host`] tree in the shape of
//! `programmes/*.toml` (the published format; amounts as JS numbers or
//! decimal strings), with bounds against runaway input. Every problem is
//! noted with its path, not just the first.
//!
//! Written out by hand rather than derived: the model's serde `Deserialize`
//! costs 28 KB gzip in the embed wasm, this reader about a tenth of that
//! (see BENCHMARKS.md). A model field added without a line here does not
//! compile (every struct is built whole), and a native test reads every
//! bundled programme back equal through it.

use super::host::{Host, HostError, Problem};
use crate::model::{
    Basis, Cap, Category, Currency, Fact, I18n, List, Money, Percent, Period, Pick, Product,
    Programme, Range, Rate, Settlement, Share, Situation, Source, Step, Text, Threshold, Tier,
    TierCount, TierRate,
};

/// The most programmes one option may carry.
pub const MAX_PROGRAMMES: usize = 20;
/// The most items any one list of a programme may have (tiers, products,
/// steps, rates, facts…).
pub const MAX_ITEMS: usize = 100;
/// The longest text, in characters.
pub const MAX_TEXT: usize = 2_000;

/// Reads the programmes of a list, each by itself: a programme with
/// problems is refused with all of them, at `programmes[i]…`.
///
/// # Errors
/// Not a list, or a list of more than [`MAX_PROGRAMMES`].
pub fn programmes(value: &Host) -> Result<Vec<Result<Programme, Vec<HostError>>>, HostError> {
    let Host::List(items) = value else {
        return Err(HostError::new("programmes", Problem::NotList));
    };
    if items.len() > MAX_PROGRAMMES {
        return Err(HostError::new(
            "programmes",
            Problem::TooMany(MAX_PROGRAMMES),
        ));
    }
    Ok(items
        .iter()
        .enumerate()
        .map(|(i, item)| programme(item, &format!("programmes[{i}]")))
        .collect())
}

/// Reads one programme, its problems' paths starting with `at`.
///
/// # Errors
/// Every member of the wrong kind, missing, unknown or over a bound.
pub fn programme(value: &Host, at: &str) -> Result<Programme, Vec<HostError>> {
    let mut r = Reader::default();
    let programme = r.programme(value, at);
    match r.problems.is_empty() {
        true => Ok(programme),
        false => Err(r.problems),
    }
}

/// The path of member `name` under `at`.
fn member(at: &str, name: &str) -> String {
    match at.is_empty() {
        true => name.to_string(),
        false => format!("{at}.{name}"),
    }
}

/// An object's members being read; what is missing reads as `null`.
struct Members<'a> {
    members: &'a [(String, Host)],
    at: String,
    /// The names read so far: at the end, any other member is unknown.
    asked: Vec<&'static str>,
    /// Not an object: its members' problems are not noted (one is enough).
    failed: bool,
}

impl<'a> Members<'a> {
    /// Member `name` (`Host::Null` when absent) and its path.
    fn get(&mut self, name: &'static str) -> (&'a Host, String) {
        self.asked.push(name);
        let value = self.members.iter().find(|(k, _)| k == name);
        (
            value.map_or(&Host::Null, |(_, v)| v),
            member(&self.at, name),
        )
    }

    /// Notes every member that was not read as unknown.
    fn end(self, r: &mut Reader) {
        if self.failed {
            r.quiet -= 1;
        }
        for (key, _) in self.members {
            if !self.asked.contains(&key.as_str()) {
                r.fail(&member(&self.at, key), Problem::Unknown);
            }
        }
    }
}

/// Notes problems while it reads; a misfit reads as a default value.
#[derive(Default)]
struct Reader {
    problems: Vec<HostError>,
    /// How many objects being read were not objects (their members' problems
    /// are not noted).
    quiet: u32,
}

impl Reader {
    fn fail(&mut self, at: &str, problem: Problem) {
        if self.quiet == 0 {
            self.problems.push(HostError::new(at, problem));
        }
    }

    /// The problem for `value` where `expected` was wanted.
    fn wrong(&mut self, value: &Host, at: &str, expected: Problem) {
        let problem = match value {
            Host::Null => Problem::Missing,
            Host::TooLarge => Problem::TooLarge,
            _ => expected,
        };
        self.fail(at, problem);
    }

    /// An object's members (none when it is not an object); see [`Members::end`].
    fn object<'a>(&mut self, value: &'a Host, at: &str) -> Members<'a> {
        let members = match value {
            Host::Object(members) => &members[..],
            _ => {
                self.wrong(value, at, Problem::NotAnObject);
                self.quiet += 1;
                &[]
            }
        };
        Members {
            members,
            at: at.to_string(),
            asked: Vec::new(),
            failed: !matches!(value, Host::Object(_)),
        }
    }

    fn text(&mut self, (value, at): (&Host, String)) -> Text {
        match value {
            Host::Text(t) if t.chars().count() > MAX_TEXT => {
                self.fail(&at, Problem::TooLong(MAX_TEXT))
            }
            Host::Text(t) => return Text::Owned(t.clone()),
            _ => self.wrong(value, &at, Problem::NotText),
        }
        Text::default()
    }

    fn i18n(&mut self, (value, at): (&Host, String)) -> I18n {
        let mut m = self.object(value, &at);
        let out = I18n {
            ru: self.text(m.get("ru")),
            en: self.text(m.get("en")),
        };
        m.end(self);
        out
    }

    fn source(&mut self, (value, at): (&Host, String)) -> Source {
        let mut m = self.object(value, &at);
        let out = Source {
            file: self.text(m.get("file")),
            section: self.text(m.get("section")),
        };
        m.end(self);
        out
    }

    fn fact(&mut self, value: &Host, at: &str) -> Fact {
        let mut m = self.object(value, at);
        let out = Fact {
            text: self.i18n(m.get("text")),
            source: self.source(m.get("source")),
        };
        m.end(self);
        out
    }

    fn decimal(&mut self, (value, at): (&Host, String)) -> rust_decimal::Decimal {
        value.amount(&at).unwrap_or_else(|e| {
            self.wrong(value, &at, e.problem);
            Default::default()
        })
    }

    fn percent(&mut self, value: (&Host, String)) -> Percent {
        Percent(self.decimal(value))
    }

    /// A whole number of up to nine digits, as JS writes one (`30`).
    fn count(&mut self, (value, at): (&Host, String)) -> u32 {
        let digits =
            |n: &str| !n.is_empty() && n.len() <= 9 && n.bytes().all(|b| b.is_ascii_digit());
        let count = match value {
            Host::Number(n) if digits(n) => {
                Some(n.bytes().fold(0, |sum, b| sum * 10 + u32::from(b - b'0')))
            }
            _ => None,
        };
        count.unwrap_or_else(|| {
            self.wrong(value, &at, Problem::NotCount);
            0
        })
    }

    /// Which of `names` the value is (a unit variant), the first when it is
    /// none of them.
    fn name(&mut self, (value, at): (&Host, String), names: &[&str]) -> usize {
        let found = match value {
            Host::Text(t) => names.iter().position(|n| n == t),
            _ => None,
        };
        found.unwrap_or_else(|| {
            self.wrong(value, &at, Problem::Invalid);
            0
        })
    }

    /// The items of a list (absent: none where `optional`).
    fn items<'a>(
        &mut self,
        (value, at): (&'a Host, String),
        optional: bool,
    ) -> (&'a [Host], String) {
        match value {
            Host::Null if optional => {}
            Host::List(items) if items.len() > MAX_ITEMS => {
                self.fail(&at, Problem::TooMany(MAX_ITEMS))
            }
            Host::List(items) => return (items, at),
            _ => self.wrong(value, &at, Problem::NotList),
        }
        (&[], at)
    }

    /// A list of items read by `item` (absent: empty where `optional`).
    fn list<T: Clone>(
        &mut self,
        value: (&Host, String),
        optional: bool,
        item: fn(&mut Reader, &Host, &str) -> T,
    ) -> List<T> {
        let (items, at) = self.items(value, optional);
        let mut out = Vec::with_capacity(items.len());
        for (i, v) in items.iter().enumerate() {
            out.push(item(self, v, &format!("{at}[{i}]")));
        }
        out.into()
    }

    /// A value read by `read` unless it is absent or `null`.
    fn option<T>(
        &mut self,
        (value, at): (&Host, String),
        read: fn(&mut Reader, &Host, &str) -> T,
    ) -> Option<T> {
        match value {
            Host::Null => None,
            _ => Some(read(self, value, &at)),
        }
    }

    fn programme(&mut self, value: &Host, at: &str) -> Programme {
        let mut m = self.object(value, at);

        let out = Programme {
            id: self.text(m.get("id")),
            vendor: self.i18n(m.get("vendor")),
            name: self.i18n(m.get("name")),
            currency: [Currency::Rub, Currency::Kzt][self.name(m.get("currency"), &["rub", "kzt"])],
            source: self.source(m.get("source")),
            data_date: self.text(m.get("data_date")),
            tiers: self.list(m.get("tiers"), false, Reader::tier),
            products: self.list(m.get("products"), false, Reader::product),
            notes: self.list(m.get("notes"), true, Reader::fact),
            resale: self.list(m.get("resale"), true, Reader::fact),
        };
        m.end(self);
        out
    }

    fn tier(&mut self, value: &Host, at: &str) -> Tier {
        let mut m = self.object(value, at);
        let out = Tier {
            id: self.text(m.get("id")),
            name: self.i18n(m.get("name")),
            threshold: self.option(m.get("threshold"), Reader::threshold),
            requirements: self.list(m.get("requirements"), true, Reader::fact),
            benefits: self.list(m.get("benefits"), true, Reader::fact),
        };
        m.end(self);
        out
    }

    fn threshold(&mut self, value: &Host, at: &str) -> Threshold {
        let mut m = self.object(value, at);
        let periods = ["twelve_months", "year"];
        let bases = ["vendor_money", "sales"];
        let out = Threshold {
            amount: Money(self.decimal(m.get("amount"))),
            period: [Period::TwelveMonths, Period::Year][self.name(m.get("period"), &periods)],
            basis: [Basis::VendorMoney, Basis::Sales][self.name(m.get("basis"), &bases)],
            source: self.source(m.get("source")),
        };
        m.end(self);
        out
    }

    fn product(&mut self, value: &Host, at: &str) -> Product {
        let mut m = self.object(value, at);
        let categories = [
            "licence",
            "subscription",
            "renewal",
            "hardware",
            "internal_use",
            "service",
        ];
        let kinds = [
            Category::Licence,
            Category::Subscription,
            Category::Renewal,
            Category::Hardware,
            Category::InternalUse,
            Category::Service,
        ];
        let out = Product {
            id: self.text(m.get("id")),
            name: self.i18n(m.get("name")),
            unit: self.i18n(m.get("unit")),
            category: kinds[self.name(m.get("category"), &categories)],
            list_share: self.option(m.get("list_share"), Reader::share),
            user_limits: self.list(m.get("user_limits"), true, Reader::tier_count),
            situations: self.list(m.get("situations"), false, Reader::situation),
            deal_wide_situation: self.option(m.get("deal_wide_situation"), |r, v, at| {
                r.source((v, at.into()))
            }),
            notes: self.list(m.get("notes"), true, Reader::fact),
        };
        m.end(self);
        out
    }

    fn share(&mut self, value: &Host, at: &str) -> Share {
        let mut m = self.object(value, at);
        let out = Share {
            percent: self.percent(m.get("percent")),
            of: self.i18n(m.get("of")),
            source: self.source(m.get("source")),
        };
        m.end(self);
        out
    }

    fn tier_count(&mut self, value: &Host, at: &str) -> TierCount {
        let mut m = self.object(value, at);
        let out = TierCount {
            tier: self.text(m.get("tier")),
            count: self.count(m.get("count")),
            source: self.source(m.get("source")),
        };
        m.end(self);
        out
    }

    fn situation(&mut self, value: &Host, at: &str) -> Situation {
        let mut m = self.object(value, at);
        let out = Situation {
            id: self.text(m.get("id")),
            name: self.i18n(m.get("name")),
            condition: self.option(m.get("condition"), |r, v, at| r.i18n((v, at.into()))),
            cap: self.option(m.get("cap"), Reader::cap),
            steps: self.list(m.get("steps"), false, Reader::step),
        };
        m.end(self);
        out
    }

    fn cap(&mut self, value: &Host, at: &str) -> Cap {
        let mut m = self.object(value, at);
        let out = Cap {
            percent: self.percent(m.get("percent")),
            source: self.source(m.get("source")),
        };
        m.end(self);
        out
    }

    fn step(&mut self, value: &Host, at: &str) -> Step {
        let mut m = self.object(value, at);
        let out = Step {
            id: self.text(m.get("id")),
            label: self.i18n(m.get("label")),
            settlement: self.settlement(m.get("settlement")),
            source: self.source(m.get("source")),
            deal_wide: self.option(m.get("deal_wide"), |r, v, at| r.source((v, at.into()))),
            rates: self.list(m.get("rates"), false, Reader::tier_rate),
        };
        m.end(self);
        out
    }

    /// `"invoice"` or `{ later: { ru, en } }`.
    fn settlement(&mut self, (value, at): (&Host, String)) -> Settlement {
        match value {
            Host::Text(t) if t == "invoice" => Settlement::Invoice,
            Host::Object(_) => {
                let mut m = self.object(value, &at);
                let later = Settlement::Later(self.i18n(m.get("later")));
                m.end(self);
                later
            }
            _ => {
                self.wrong(value, &at, Problem::Invalid);
                Settlement::Invoice
            }
        }
    }

    fn tier_rate(&mut self, value: &Host, at: &str) -> TierRate {
        let mut m = self.object(value, at);
        let out = TierRate {
            tier: self.text(m.get("tier")),
            rate: self.rate(m.get("rate")),
        };
        m.end(self);
        out
    }

    /// A one-member object naming the kind: `{ fixed: 30 }`, `{ up_to: { min,
    /// max } }`, `{ bonus: 5 }`, `{ one_of: [...] }`, `{ individual: { ru, en } }`.
    fn rate(&mut self, (value, at): (&Host, String)) -> Rate {
        let kind = match value {
            Host::Object(members) if members.len() == 1 => &members[0],
            _ => {
                self.wrong(value, &at, Problem::Invalid);
                return Rate::Fixed(Percent(Default::default()));
            }
        };
        let inner = (&kind.1, member(&at, &kind.0));
        match kind.0.as_str() {
            "fixed" => Rate::Fixed(self.percent(inner)),
            "bonus" => Rate::Bonus(self.percent(inner)),
            "up_to" => {
                let mut m = self.object(inner.0, &inner.1);
                let range = Rate::UpTo(Range {
                    min: self.percent(m.get("min")),
                    max: self.percent(m.get("max")),
                });
                m.end(self);
                range
            }
            "one_of" => Rate::OneOf(self.list(inner, false, Reader::pick)),
            "individual" => Rate::Individual(self.i18n(inner)),
            _ => {
                self.fail(&inner.1, Problem::Unknown);
                Rate::Fixed(Percent(Default::default()))
            }
        }
    }

    fn pick(&mut self, value: &Host, at: &str) -> Pick {
        let mut m = self.object(value, at);
        let out = Pick {
            id: self.text(m.get("id")),
            label: self.i18n(m.get("label")),
            percent: self.percent(m.get("percent")),
        };
        m.end(self);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;
    use crate::programmes::ALL;
    use crate::widget::Message;
    use serde_json::Value;

    fn host(value: &Value) -> Host {
        Host::from(value)
    }

    fn json(programme: &Programme) -> Value {
        serde_json::to_value(programme).expect("a programme serialises")
    }

    fn refusals(value: Value) -> Vec<String> {
        match programme(&host(&value), "programmes[0]") {
            Ok(p) => vec![format!("read {}", p.id)],
            Err(problems) => problems.iter().map(|e| e.message(Lang::En)).collect(),
        }
    }

    #[test]
    fn every_bundled_programme_reads_back_equal() {
        for p in ALL {
            assert_eq!(programme(&host(&json(p)), "").as_ref(), Ok(p), "{}", p.id);
        }
    }

    #[test]
    fn amounts_may_be_js_numbers() {
        let p = &ALL[1];
        let i = p
            .tiers
            .iter()
            .position(|t| t.threshold.is_some())
            .expect("a threshold");
        let mut value = json(p);
        value["tiers"][i]["threshold"]["amount"] = serde_json::json!(1500000);
        let read = programme(&host(&value), "").expect("a number reads as an amount");
        let amount = read.tiers[i].threshold.as_ref().map(|t| t.amount.0);
        assert_eq!(amount, Some(rust_decimal::Decimal::from(1_500_000)));
    }

    #[test]
    fn every_problem_is_named_with_its_path() {
        let mut value = json(&ALL[1]);
        value["tiers"][1]["threshold"]["amount"] = serde_json::json!("1e+21");
        value["tiers"][2].as_object_mut().map(|t| t.remove("id"));
        value["currency"] = serde_json::json!("usd");
        value["products"][0]["situations"][0]["steps"][0]["rates"][0]["rate"] =
            serde_json::json!({ "fixed": true });
        value["products"][0]["colour"] = serde_json::json!("red");
        value["notes"] = serde_json::json!({});
        assert_eq!(
            refusals(value),
            [
                "«programmes[0].currency»: a value the format does not allow",
                "«programmes[0].tiers[1].threshold.amount»: a number or a decimal string like \"1500.50\" is expected",
                "«programmes[0].tiers[2].id»: missing",
                "«programmes[0].products[0].situations[0].steps[0].rates[0].rate.fixed»: a number or a decimal string like \"1500.50\" is expected",
                "«programmes[0].products[0].colour»: unknown member",
                "«programmes[0].notes»: a list is expected",
            ]
        );
        let mut value = json(&ALL[0]);
        value["products"][0]["situations"][0]["steps"][0]["rates"][0]["rate"] =
            serde_json::json!({ "fixed": 1, "bonus": 2 });
        value["products"][0]["situations"][0]["steps"][0]["settlement"] = serde_json::json!("now");
        value["tiers"] = serde_json::json!("all");
        assert_eq!(
            refusals(value),
            [
                "«programmes[0].tiers»: a list is expected",
                "«programmes[0].products[0].situations[0].steps[0].settlement»: a value the format does not allow",
                "«programmes[0].products[0].situations[0].steps[0].rates[0].rate»: a value the format does not allow",
            ]
        );
    }

    #[test]
    fn a_value_that_is_not_an_object_is_one_problem_not_one_per_member() {
        assert_eq!(
            programme(&Host::Text("directum".into()), "")
                .unwrap_err()
                .iter()
                .map(|e| e.message(Lang::En))
                .collect::<Vec<_>>(),
            ["an object is expected"]
        );
        let mut value = json(&ALL[0]);
        value.as_object_mut().map(|p| p.remove("source"));
        value["tiers"][0]["name"] = serde_json::json!(7);
        assert_eq!(
            refusals(value),
            [
                "«programmes[0].source»: missing",
                "«programmes[0].tiers[0].name»: an object is expected",
            ]
        );
    }

    #[test]
    fn problems_after_a_text_that_is_not_an_object_are_still_noted() {
        let mut value = json(&ALL[0]);
        value["vendor"] = serde_json::json!(7);
        value["currency"] = serde_json::json!("usd");
        value["tiers"] = serde_json::json!("x");
        value["name"]["de"] = serde_json::json!("Partnerprogramm");
        assert_eq!(
            refusals(value),
            [
                "«programmes[0].vendor»: an object is expected",
                "«programmes[0].name.de»: unknown member",
                "«programmes[0].currency»: a value the format does not allow",
                "«programmes[0].tiers»: a list is expected",
            ]
        );
    }

    #[test]
    fn bounds_take_the_largest_allowed_and_optional_lists_may_be_absent() {
        let mut value = json(&ALL[0]);
        value["name"]["en"] = Value::String("й".repeat(MAX_TEXT));
        let tier = value["tiers"][0].clone();
        value["tiers"] = Value::Array(vec![tier; MAX_ITEMS]);
        value.as_object_mut().map(|p| p.remove("notes"));
        let read = programme(&host(&value), "").expect("at the bounds, and no notes");
        assert_eq!((read.tiers.len(), read.notes.len()), (MAX_ITEMS, 0));
        let list = Host::List(vec![host(&json(&ALL[0])); MAX_PROGRAMMES]);
        assert_eq!(programmes(&list).map(|l| l.len()), Ok(MAX_PROGRAMMES));
    }

    #[test]
    fn counts_are_whole_numbers_of_up_to_nine_digits() {
        let p = ALL
            .iter()
            .find(|p| p.products.iter().any(|x| !x.user_limits.is_empty()));
        let p = p.expect("a programme with user limits");
        let i = p
            .products
            .iter()
            .position(|x| !x.user_limits.is_empty())
            .expect("a product");
        let with = |count: Value| {
            let mut value = json(p);
            value["products"][i]["user_limits"][0]["count"] = count;
            programme(&host(&value), "").map(|p| p.products[i].user_limits[0].count)
        };
        assert_eq!(with(serde_json::json!(999_999_999)), Ok(999_999_999));
        for bad in [
            serde_json::json!(1_000_000_000u64),
            serde_json::json!(-1),
            serde_json::json!(2.5),
            serde_json::json!("30"),
        ] {
            let problems = with(bad.clone()).unwrap_err();
            assert_eq!(problems[0].problem, Problem::NotCount, "{bad}");
        }
    }

    #[test]
    fn bounds_hold_against_runaway_input() {
        let mut value = json(&ALL[0]);
        value["name"]["en"] = Value::String("x".repeat(MAX_TEXT + 1));
        assert_eq!(
            refusals(value),
            ["«programmes[0].name.en»: at most 2000 characters"]
        );
        let mut value = json(&ALL[0]);
        let tier = value["tiers"][0].clone();
        value["tiers"] = Value::Array(vec![tier; MAX_ITEMS + 1]);
        assert_eq!(
            refusals(value),
            ["«programmes[0].tiers»: at most 100 items"]
        );
        let many = Host::List(vec![Host::Null; MAX_PROGRAMMES + 1]);
        assert_eq!(
            programmes(&many).unwrap_err().message(Lang::Ru),
            "«programmes»: не больше 20 элементов"
        );
        let mut value = host(&json(&ALL[0]));
        if let Host::Object(members) = &mut value {
            for (key, member) in members {
                if key == "id" {
                    *member = Host::TooLarge;
                }
            }
        }
        let problems = programme(&value, "").unwrap_err();
        assert_eq!(problems[0].message(Lang::En), "«id»: too large a value");
    }

    #[test]
    fn each_programme_of_a_list_is_read_by_itself() {
        let mut broken = json(&ALL[1]);
        broken["tiers"] = Value::Null;
        let list = Host::List(vec![host(&json(&ALL[0])), host(&broken)]);
        let read = programmes(&list).expect("a list");
        assert_eq!(read[0].as_ref().map(|p| &*p.id), Ok("directum"));
        let problems = read[1].as_ref().unwrap_err();
        assert_eq!(problems[0].at, "programmes[1].tiers", "at its own index");
        assert_eq!(problems[0].problem, Problem::Missing);
    }
}
