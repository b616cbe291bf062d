//! Exact numbers of the model: percentages and money, both `rust_decimal`.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A percentage where `30` means 30 %; exact, never a float.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Percent(pub Decimal);

/// An amount of money in the programme's currency; exact, never a float.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Money(pub Decimal);
