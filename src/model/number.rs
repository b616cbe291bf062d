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
