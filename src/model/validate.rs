//! Checks that a programme is consistent: run on the bundled data at build
//! time (by `build.rs`) and callable at run time for host-supplied data.

use super::number::Percent;
use super::programme::{Fact, Product, Programme, Tier};
use super::rule::{Rate, Situation, Step};
use super::text::{I18n, Source};
use rust_decimal::Decimal;
use std::fmt;

/// One problem found in a programme: where (a field path) and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationError {
    /// The field, e.g. `products[licences].situations[own].steps[base].rates[authorized]`.
    pub path: String,
    /// What is wrong, for a person.
    pub reason: String,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.reason)
    }
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

#[derive(Default)]
struct Checker {
    errors: Vec<ValidationError>,
}

impl Checker {
    fn fail(&mut self, path: &str, reason: impl Into<String>) {
        self.errors.push(ValidationError {
            path: path.to_string(),
            reason: reason.into(),
        });
    }

    fn id(&mut self, path: &str, id: &str) {
        let ok = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
        if !ok {
            self.fail(
                path,
                format!("id {id:?} must be non-empty lowercase ASCII, digits, '_' or '-'"),
            );
        }
    }

    fn text(&mut self, path: &str, text: &I18n) {
        if text.ru.trim().is_empty() {
            self.fail(&format!("{path}.ru"), "Russian text is empty");
        }
        if text.en.trim().is_empty() {
            self.fail(&format!("{path}.en"), "English text is empty");
        }
    }

    fn source(&mut self, path: &str, source: &Source) {
        if !source.file.ends_with(".txt") || source.file.contains('/') {
            self.fail(
                &format!("{path}.file"),
                format!("{:?} is not a seed document file name", source.file),
            );
        }
        if source.section.trim().is_empty() {
            self.fail(
                &format!("{path}.section"),
                "the section of the source is empty",
            );
        }
    }

    fn percent(&mut self, path: &str, percent: Percent) {
        if percent.0 < Decimal::ZERO || percent.0 > Decimal::ONE_HUNDRED {
            self.fail(path, format!("percent {} is outside 0..100", percent.0));
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
                self.fail(path, format!("id {id:?} is used twice"));
            }
            seen.push(id);
        }
    }

    fn tier_ref(&mut self, path: &str, tier: &str, tiers: &[Tier]) {
        if !tiers.iter().any(|t| t.id == tier) {
            self.fail(
                path,
                format!("tier {tier:?} is not a tier of this programme"),
            );
        }
    }

    fn programme(&mut self, p: &Programme) {
        self.id("id", &p.id);
        self.text("vendor", &p.vendor);
        self.text("name", &p.name);
        self.source("source", &p.source);
        if p.data_date.len() != 10 || p.data_date.split('-').count() != 3 {
            self.fail(
                "data_date",
                format!("{:?} is not a YYYY-MM-DD date", p.data_date),
            );
        }
        if p.tiers.is_empty() {
            self.fail("tiers", "a programme needs at least one tier");
        }
        if p.products.is_empty() {
            self.fail("products", "a programme needs at least one product");
        }
        self.unique("tiers", p.tiers.iter().map(|t| t.id.as_ref()));
        self.unique("products", p.products.iter().map(|t| t.id.as_ref()));
        self.facts("notes", &p.notes);
        let mut last_threshold: Option<(Decimal, &str)> = None;
        for tier in p.tiers.iter() {
            let path = format!("tiers[{}]", tier.id);
            self.id(&path, &tier.id);
            self.text(&format!("{path}.name"), &tier.name);
            self.facts(&format!("{path}.requirements"), &tier.requirements);
            self.facts(&format!("{path}.benefits"), &tier.benefits);
            if let Some(threshold) = &tier.threshold {
                let amount = threshold.amount.0;
                self.source(&format!("{path}.threshold.source"), &threshold.source);
                if amount <= Decimal::ZERO {
                    self.fail(
                        &format!("{path}.threshold.amount"),
                        "a threshold must be above zero",
                    );
                }
                if let Some((previous, previous_tier)) = last_threshold {
                    if amount <= previous {
                        self.fail(
                            &format!("{path}.threshold.amount"),
                            format!("{amount} is not above the threshold of the lower tier {previous_tier:?} ({previous})"),
                        );
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
        self.text(&format!("{path}.name"), &product.name);
        self.text(&format!("{path}.unit"), &product.unit);
        self.facts(&format!("{path}.notes"), &product.notes);
        if let Some(share) = &product.list_share {
            self.percent(&format!("{path}.list_share.percent"), share.percent);
            self.text(&format!("{path}.list_share.of"), &share.of);
            self.source(&format!("{path}.list_share.source"), &share.source);
        }
        for limit in product.user_limits.iter() {
            let here = format!("{path}.user_limits[{}]", limit.tier);
            self.tier_ref(&here, &limit.tier, tiers);
            self.source(&format!("{here}.source"), &limit.source);
            if limit.count == 0 {
                self.fail(&format!("{here}.count"), "a user limit must be at least 1");
            }
        }
        if product.situations.is_empty() {
            self.fail(
                &format!("{path}.situations"),
                "a product needs at least one situation",
            );
        }
        self.unique(
            &format!("{path}.situations"),
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
        self.text(&format!("{path}.name"), &situation.name);
        if let Some(condition) = &situation.condition {
            self.text(&format!("{path}.condition"), condition);
        }
        if let Some(cap) = &situation.cap {
            self.percent(&format!("{path}.cap.percent"), cap.percent);
            self.source(&format!("{path}.cap.source"), &cap.source);
        }
        if situation.steps.is_empty() {
            self.fail(
                &format!("{path}.steps"),
                "a situation needs at least one step",
            );
        }
        self.unique(
            &format!("{path}.steps"),
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
                self.fail(
                    path,
                    format!(
                        "steps at tier {:?} can add up to {total} %, above 100",
                        tier.id
                    ),
                );
            }
        }
    }

    fn step(&mut self, path: &str, step: &Step, tiers: &[Tier]) {
        self.id(path, &step.id);
        self.text(&format!("{path}.label"), &step.label);
        self.source(&format!("{path}.source"), &step.source);
        if let super::rule::Settlement::Later(how) = &step.settlement {
            self.text(&format!("{path}.settlement.later"), how);
        }
        if step.rates.is_empty() {
            self.fail(
                &format!("{path}.rates"),
                "a step needs a rate for at least one tier",
            );
        }
        self.unique(
            &format!("{path}.rates"),
            step.rates.iter().map(|r| r.tier.as_ref()),
        );
        for rate in step.rates.iter() {
            let here = format!("{path}.rates[{}]", rate.tier);
            self.tier_ref(&here, &rate.tier, tiers);
            match &rate.rate {
                Rate::Fixed(p) => self.percent(&format!("{here}.fixed"), *p),
                Rate::Bonus(p) => self.percent(&format!("{here}.bonus"), *p),
                Rate::UpTo(range) => {
                    self.percent(&format!("{here}.up_to.min"), range.min);
                    self.percent(&format!("{here}.up_to.max"), range.max);
                    if range.min > range.max {
                        self.fail(
                            &format!("{here}.up_to"),
                            format!("min {} is above max {}", range.min.0, range.max.0),
                        );
                    }
                }
                Rate::OneOf(picks) => {
                    if picks.is_empty() {
                        self.fail(&format!("{here}.one_of"), "needs at least one option");
                    }
                    self.unique(
                        &format!("{here}.one_of"),
                        picks.iter().map(|p| p.id.as_ref()),
                    );
                    for pick in picks.iter() {
                        let at = format!("{here}.one_of[{}]", pick.id);
                        self.id(&at, &pick.id);
                        self.text(&format!("{at}.label"), &pick.label);
                        self.percent(&format!("{at}.percent"), pick.percent);
                    }
                }
                Rate::Individual(words) => self.text(&format!("{here}.individual"), words),
            }
        }
    }
}
