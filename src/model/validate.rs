//! Checks that a programme is consistent: run on the bundled data at build
//! time (by `build.rs`) and callable at run time for host-supplied data.

use super::number::Percent;
use super::programme::{Fact, Product, Programme, Tier};
use super::rule::{Rate, Situation, Step};
use super::text::{I18n, Lang, Source};
use rust_decimal::Decimal;

/// One problem found in a programme: where (a field path) and what. The
/// words for a person are in the text catalogue (`widget::Message`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationError {
    /// The field, e.g. `products[licences].situations[own].steps[base].rates[authorized]`.
    pub path: String,
    /// What is wrong.
    pub problem: Invalid,
}

/// The kinds of problem [`validate`] finds, with the values they name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Invalid {
    /// An id that is empty or not lowercase ASCII, digits, `_` or `-`.
    BadId {
        /// The id.
        id: String,
    },
    /// A text that is empty (or blank) in one language.
    EmptyText {
        /// The language it is empty in.
        lang: Lang,
    },
    /// A source that names no document's file (empty, or with a folder).
    NotADocument {
        /// The file as written.
        file: String,
    },
    /// A source without its section.
    EmptySection,
    /// A percentage below 0 or above 100.
    PercentOutOfRange {
        /// The percentage.
        percent: Decimal,
    },
    /// An id used twice in one list.
    DuplicateId {
        /// The id.
        id: String,
    },
    /// A tier id that names no tier of the programme.
    UnknownTier {
        /// The tier id.
        tier: String,
    },
    /// A data date that is not `YYYY-MM-DD`.
    NotADate {
        /// The date as written.
        date: String,
    },
    /// A programme without tiers.
    NoTiers,
    /// A programme without products.
    NoProducts,
    /// A threshold of zero or less.
    ThresholdNotPositive,
    /// A threshold not above the one of a lower tier.
    ThresholdNotRising {
        /// This tier's threshold.
        amount: Decimal,
        /// The lower tier's id.
        lower_tier: String,
        /// The lower tier's threshold.
        lower_amount: Decimal,
    },
    /// A user limit of zero.
    UserLimitZero,
    /// A product without situations.
    NoSituations,
    /// A situation without steps.
    NoSteps,
    /// Steps that can add up to more than 100 % at a tier, without a cap.
    StepsAbove100 {
        /// The tier id.
        tier: String,
        /// The highest total, in percent.
        total: Decimal,
    },
    /// A step without any tier's rate.
    NoRates,
    /// An "up to" range whose minimum is above its maximum.
    RangeUpsideDown {
        /// The minimum.
        min: Decimal,
        /// The maximum.
        max: Decimal,
    },
    /// A one-of rate without options.
    NoOptions,
}

/// Checks a programme; returns every problem found, not just the first.
pub fn validate(programme: &Programme) -> Result<(), Vec<ValidationError>> {
    let mut check = Checker::default();
    check.programme(programme);
    if check.errors.is_empty() {
        Ok(())
    } else {
        Err(check.errors)
    }
}

/// `path` with `suffix` (`.name`, `.source`…) appended.
fn sub(path: &str, suffix: &str) -> String {
    let mut out = String::with_capacity(path.len() + suffix.len());
    out.push_str(path);
    out.push_str(suffix);
    out
}

/// Whether `date` is `YYYY-MM-DD` with a month 01–12 and a day 01–31.
fn iso_date(date: &str) -> bool {
    let b = date.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r.clone()].iter().all(u8::is_ascii_digit);
    let two = |i: usize| (b[i] - b'0') * 10 + (b[i + 1] - b'0');
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && digits(0..4)
        && digits(5..7)
        && digits(8..10)
        && (1..=12).contains(&two(5))
        && (1..=31).contains(&two(8))
}

#[derive(Default)]
struct Checker {
    errors: Vec<ValidationError>,
}

impl Checker {
    fn fail(&mut self, path: &str, problem: Invalid) {
        self.errors.push(ValidationError {
            path: path.to_string(),
            problem,
        });
    }

    fn id(&mut self, path: &str, id: &str) {
        let ok = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
        if !ok {
            self.fail(path, Invalid::BadId { id: id.to_string() });
        }
    }

    fn text(&mut self, path: &str, text: &I18n) {
        if text.ru.trim().is_empty() {
            self.fail(&sub(path, ".ru"), Invalid::EmptyText { lang: Lang::Ru });
        }
        if text.en.trim().is_empty() {
            self.fail(&sub(path, ".en"), Invalid::EmptyText { lang: Lang::En });
        }
    }

    fn source(&mut self, path: &str, source: &Source) {
        let file = source.file.trim();
        if file.is_empty() || file.contains(['/', '\\']) {
            let file = file.to_string();
            self.fail(&sub(path, ".file"), Invalid::NotADocument { file });
        }
        if source.section.trim().is_empty() {
            self.fail(&sub(path, ".section"), Invalid::EmptySection);
        }
    }

    fn percent(&mut self, path: &str, percent: Percent) {
        if percent.0 < Decimal::ZERO || percent.0 > Decimal::ONE_HUNDRED {
            let percent = percent.0;
            self.fail(path, Invalid::PercentOutOfRange { percent });
        }
    }

    fn facts(&mut self, path: &str, facts: &[Fact]) {
        for (i, fact) in facts.iter().enumerate() {
            self.text(&format!("{path}[{i}].text"), &fact.text);
            self.source(&format!("{path}[{i}].source"), &fact.source);
        }
    }

    fn unique<'a>(&mut self, path: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen: Vec<&str> = Vec::new();
        for id in ids {
            if seen.contains(&id) {
                self.fail(path, Invalid::DuplicateId { id: id.to_string() });
            }
            seen.push(id);
        }
    }

    fn tier_ref(&mut self, path: &str, tier: &str, tiers: &[Tier]) {
        if !tiers.iter().any(|t| t.id == tier) {
            let tier = tier.to_string();
            self.fail(path, Invalid::UnknownTier { tier });
        }
    }

    fn programme(&mut self, p: &Programme) {
        self.id("id", &p.id);
        self.text("vendor", &p.vendor);
        self.text("name", &p.name);
        self.source("source", &p.source);
        if !iso_date(&p.data_date) {
            let date = p.data_date.to_string();
            self.fail("data_date", Invalid::NotADate { date });
        }
        if p.tiers.is_empty() {
            self.fail("tiers", Invalid::NoTiers);
        }
        if p.products.is_empty() {
            self.fail("products", Invalid::NoProducts);
        }
        self.unique("tiers", p.tiers.iter().map(|t| t.id.as_ref()));
        self.unique("products", p.products.iter().map(|t| t.id.as_ref()));
        self.facts("notes", &p.notes);
        self.facts("resale", &p.resale);
        let mut last_threshold: Option<(Decimal, &str)> = None;
        for tier in p.tiers.iter() {
            let path = format!("tiers[{}]", tier.id);
            self.id(&path, &tier.id);
            self.text(&sub(&path, ".name"), &tier.name);
            self.facts(&sub(&path, ".requirements"), &tier.requirements);
            self.facts(&sub(&path, ".benefits"), &tier.benefits);
            if let Some(threshold) = &tier.threshold {
                let amount = threshold.amount.0;
                self.source(&sub(&path, ".threshold.source"), &threshold.source);
                if amount <= Decimal::ZERO {
                    let here = sub(&path, ".threshold.amount");
                    self.fail(&here, Invalid::ThresholdNotPositive);
                }
                if let Some((previous, previous_tier)) = last_threshold {
                    if amount <= previous {
                        let problem = Invalid::ThresholdNotRising {
                            amount,
                            lower_tier: previous_tier.to_string(),
                            lower_amount: previous,
                        };
                        self.fail(&sub(&path, ".threshold.amount"), problem);
                    }
                }
                last_threshold = Some((amount, &tier.id));
            }
        }
        for product in p.products.iter() {
            self.product(&format!("products[{}]", product.id), product, &p.tiers);
        }
    }

    fn product(&mut self, path: &str, product: &Product, tiers: &[Tier]) {
        self.id(path, &product.id);
        self.text(&sub(path, ".name"), &product.name);
        self.text(&sub(path, ".unit"), &product.unit);
        self.facts(&sub(path, ".notes"), &product.notes);
        if let Some(share) = &product.list_share {
            self.percent(&sub(path, ".list_share.percent"), share.percent);
            self.text(&sub(path, ".list_share.of"), &share.of);
            self.source(&sub(path, ".list_share.source"), &share.source);
        }
        for limit in product.user_limits.iter() {
            let here = format!("{path}.user_limits[{}]", limit.tier);
            self.tier_ref(&here, &limit.tier, tiers);
            self.source(&sub(&here, ".source"), &limit.source);
            if limit.count == 0 {
                self.fail(&sub(&here, ".count"), Invalid::UserLimitZero);
            }
        }
        if let Some(deal_wide) = &product.deal_wide_situation {
            self.source(&sub(path, ".deal_wide_situation"), deal_wide);
        }
        if product.situations.is_empty() {
            self.fail(&sub(path, ".situations"), Invalid::NoSituations);
        }
        self.unique(
            &sub(path, ".situations"),
            product.situations.iter().map(|s| s.id.as_ref()),
        );
        for situation in product.situations.iter() {
            self.situation(
                &format!("{path}.situations[{}]", situation.id),
                situation,
                tiers,
            );
        }
    }

    fn situation(&mut self, path: &str, situation: &Situation, tiers: &[Tier]) {
        self.id(path, &situation.id);
        self.text(&sub(path, ".name"), &situation.name);
        if let Some(condition) = &situation.condition {
            self.text(&sub(path, ".condition"), condition);
        }
        if let Some(cap) = &situation.cap {
            self.percent(&sub(path, ".cap.percent"), cap.percent);
            self.source(&sub(path, ".cap.source"), &cap.source);
        }
        if situation.steps.is_empty() {
            self.fail(&sub(path, ".steps"), Invalid::NoSteps);
        }
        self.unique(
            &sub(path, ".steps"),
            situation.steps.iter().map(|s| s.id.as_ref()),
        );
        for step in situation.steps.iter() {
            self.step(&format!("{path}.steps[{}]", step.id), step, tiers);
        }
        for tier in tiers {
            let total = situation
                .steps
                .iter()
                .filter_map(|s| s.rates.iter().find(|r| r.tier == tier.id))
                .filter_map(|r| r.rate.bounds().map(|(_, max)| max))
                .fold(Decimal::ZERO, |a, b| a.saturating_add(b));
            if total > Decimal::ONE_HUNDRED && situation.cap.is_none() {
                let tier = tier.id.to_string();
                self.fail(path, Invalid::StepsAbove100 { tier, total });
            }
        }
    }

    fn step(&mut self, path: &str, step: &Step, tiers: &[Tier]) {
        self.id(path, &step.id);
        self.text(&sub(path, ".label"), &step.label);
        self.source(&sub(path, ".source"), &step.source);
        if let Some(deal_wide) = &step.deal_wide {
            self.source(&sub(path, ".deal_wide"), deal_wide);
        }
        if let super::rule::Settlement::Later(how) = &step.settlement {
            self.text(&sub(path, ".settlement.later"), how);
        }
        if step.rates.is_empty() {
            self.fail(&sub(path, ".rates"), Invalid::NoRates);
        }
        self.unique(
            &sub(path, ".rates"),
            step.rates.iter().map(|r| r.tier.as_ref()),
        );
        for rate in step.rates.iter() {
            let here = format!("{path}.rates[{}]", rate.tier);
            self.tier_ref(&here, &rate.tier, tiers);
            match &rate.rate {
                Rate::Fixed(p) => self.percent(&sub(&here, ".fixed"), *p),
                Rate::Bonus(p) => self.percent(&sub(&here, ".bonus"), *p),
                Rate::UpTo(range) => {
                    self.percent(&sub(&here, ".up_to.min"), range.min);
                    self.percent(&sub(&here, ".up_to.max"), range.max);
                    if range.min > range.max {
                        let (min, max) = (range.min.0, range.max.0);
                        self.fail(&sub(&here, ".up_to"), Invalid::RangeUpsideDown { min, max });
                    }
                }
                Rate::OneOf(picks) => {
                    if picks.is_empty() {
                        self.fail(&sub(&here, ".one_of"), Invalid::NoOptions);
                    }
                    self.unique(&sub(&here, ".one_of"), picks.iter().map(|p| p.id.as_ref()));
                    for pick in picks.iter() {
                        let at = format!("{here}.one_of[{}]", pick.id);
                        self.id(&at, &pick.id);
                        self.text(&format!("{at}.label"), &pick.label);
                        self.percent(&format!("{at}.percent"), pick.percent);
                    }
                }
                Rate::Individual(words) => self.text(&sub(&here, ".individual"), words),
            }
        }
    }
}
