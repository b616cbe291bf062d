//! Exact numbers of the model: percentages and money, both `rust_decimal`.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A percentage where `30` means 30 %; exact, never a float.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Percent(#[cfg_attr(test, ts(type = "string"))] pub Decimal);

/// An amount of money in the programme's currency; exact, never a float.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Money(#[cfg_attr(test, ts(type = "string"))] pub Decimal);

/// The JSON Schema of the two numbers (tests only: `src/schema.rs`), as serde
/// reads them: a decimal string (what serde writes, exact) or a JSON number
/// (an integer is exact; a fraction passes through a float).
#[cfg(test)]
mod schema {
    use super::{Money, Percent};
    use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
    use std::borrow::Cow;

    /// An exact decimal with `description`.
    fn decimal(description: &str) -> Schema {
        json_schema!({
            "description": description,
            "anyOf": [
                { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?$" },
                { "type": "number" }
            ]
        })
    }

    impl JsonSchema for Percent {
        fn schema_name() -> Cow<'static, str> {
            "Percent".into()
        }

        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            decimal("A percentage where \"30\" means 30 %; best written as a decimal string such as \"2.5\".")
        }
    }

    impl JsonSchema for Money {
        fn schema_name() -> Cow<'static, str> {
            "Money".into()
        }

        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            decimal("An amount in the programme's currency; best written as a decimal string such as \"150000\".")
        }
    }
}
