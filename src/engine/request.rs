//! What a quote is asked for: vendor, tier, product, quantity, price, choices.

use rust_decimal::Decimal;
use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// The largest quantity a quote accepts.
pub const MAX_QUANTITY: Decimal = Decimal::from_parts(1_000_000_000, 0, 0, false, 0);

/// A request for a quote. Amounts are in the programme's currency.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuoteRequest {
    /// Programme id, e.g. `asoft`.
    pub vendor: String,
    /// Tier id within the programme.
    pub tier: String,
    /// Product id within the programme.
    pub product: String,
    /// Deal situation id; the product's first situation when absent.
    #[serde(default)]
    pub situation: Option<String>,
    /// How many units: a whole number from 1 to [`MAX_QUANTITY`].
    pub quantity: Decimal,
    /// The recommended retail price of one unit (RRP), not negative.
    pub unit_price: Decimal,
    /// The user's values for adjustable steps, keyed by step id.
    #[serde(default)]
    pub choices: Choices,
    /// Sales over the last 12 months, in the basis of the programme's thresholds.
    #[serde(default)]
    pub sales_last_12_months: Option<Decimal>,
    /// The customer's price and a target margin, if asked for.
    #[serde(default)]
    pub customer: Option<CustomerRequest>,
}

/// The user's value for one adjustable step.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChoiceValue {
    /// A percentage within an "up to" range.
    Percent(Decimal),
    /// Whether a bonus's condition is met.
    On(bool),
    /// The id of one option of a one-of step; `none` for none.
    Pick(String),
}

/// The user's values for a request's adjustable steps, by step id: a short
/// list (a step has one value; setting it again replaces it), written as a
/// map (`{ "plan": { "on": true } }`).
///
/// # Example
/// ```
/// use partner_calc::engine::{ChoiceValue, Choices};
/// let mut choices = Choices::default();
/// choices.insert("plan", ChoiceValue::On(true));
/// choices.insert("plan", ChoiceValue::On(false));
/// assert_eq!(choices.get("plan"), Some(&ChoiceValue::On(false)));
/// assert_eq!(choices.len(), 1);
/// let other = Choices::from([("b", ChoiceValue::On(true)), ("a", ChoiceValue::On(true))]);
/// let same = Choices::from([("a", ChoiceValue::On(true)), ("b", ChoiceValue::On(true))]);
/// assert_eq!(other, same, "the order they were set in does not matter");
/// ```
#[derive(Clone, Debug, Default)]
pub struct Choices(Vec<(String, ChoiceValue)>);

/// Equal when every step has the same value, in whatever order they were set.
impl PartialEq for Choices {
    fn eq(&self, other: &Choices) -> bool {
        self.len() == other.len() && self.iter().all(|(step, v)| other.get(step) == Some(v))
    }
}

impl Choices {
    /// The value for `step`, if one is set.
    pub fn get(&self, step: &str) -> Option<&ChoiceValue> {
        self.0.iter().find(|(k, _)| k == step).map(|(_, v)| v)
    }

    /// Sets the value for `step`, replacing an earlier one.
    pub fn insert(&mut self, step: impl Into<String>, value: ChoiceValue) {
        let step = step.into();
        match self.0.iter_mut().find(|(k, _)| *k == step) {
            Some((_, v)) => *v = value,
            None => self.0.push((step, value)),
        }
    }

    /// The step ids and values, in the order they were set (the engine
    /// names the first unknown step in this order).
    pub fn iter(&self) -> impl Iterator<Item = (&str, &ChoiceValue)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// How many steps have a value.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether no step has a value.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<K: Into<String>> FromIterator<(K, ChoiceValue)> for Choices {
    fn from_iter<I: IntoIterator<Item = (K, ChoiceValue)>>(items: I) -> Choices {
        let mut choices = Choices::default();
        for (step, value) in items {
            choices.insert(step, value);
        }
        choices
    }
}

impl<K: Into<String>, const N: usize> From<[(K, ChoiceValue); N]> for Choices {
    fn from(items: [(K, ChoiceValue); N]) -> Choices {
        items.into_iter().collect()
    }
}

impl std::ops::Index<&str> for Choices {
    type Output = ChoiceValue;

    /// The value for a step that has one.
    ///
    /// # Panics
    /// When the step has no value (as a map's index does).
    fn index(&self, step: &str) -> &ChoiceValue {
        self.get(step).expect("a value for the step")
    }
}

impl Serialize for Choices {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (step, value) in &self.0 {
            map.serialize_entry(step, value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Choices {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Choices, D::Error> {
        struct Entries;
        impl<'de> Visitor<'de> for Entries {
            type Value = Choices;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map of step ids to values")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Choices, A::Error> {
                let mut choices = Choices::default();
                while let Some((step, value)) = map.next_entry::<String, ChoiceValue>()? {
                    choices.insert(step, value);
                }
                Ok(choices)
            }
        }
        deserializer.deserialize_map(Entries)
    }
}

/// The customer's price and a target margin, asked with a quote or a deal.
/// Nothing set: the customer pays the RRP.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CustomerRequest {
    /// A discount off RRP for the whole deal, in percent (0 to 100).
    #[serde(default)]
    pub discount_percent: Option<Decimal>,
    /// Lines' own discounts off RRP, by line index (`None`: the deal's).
    #[serde(default)]
    pub line_discount_percent: Vec<Option<Decimal>>,
    /// What the customer pays for the whole deal, instead of a discount.
    #[serde(default)]
    pub amount: Option<Decimal>,
    /// The margin to keep: the goal seek finds the largest discount that does.
    #[serde(default)]
    pub target: Option<Target>,
}

/// A margin the partner wants to keep.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub enum Target {
    /// A percentage of the selling total, from 0 up to (not including) 100.
    Percent(#[cfg_attr(test, ts(type = "string"))] Decimal),
    /// An amount, not negative.
    Amount(#[cfg_attr(test, ts(type = "string"))] Decimal),
}
