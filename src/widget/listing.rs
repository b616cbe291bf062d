//! The bundled programmes' ids and names, for hosts choosing what to show
//! (`programmes()` of the JS API).

use crate::model::{Currency, I18n, Programme};
use serde::Serialize;

/// One programme's ids and names.
#[derive(Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "Programme"))]
pub struct Entry<'a> {
    /// Programme id (the `vendor` option).
    pub id: &'a str,
    /// The vendor's name.
    pub vendor: &'a I18n,
    /// The programme's name.
    pub name: &'a I18n,
    /// The currency of its prices.
    pub currency: Currency,
    /// Its tiers, lowest first (the `tier` option).
    pub tiers: Vec<Named<'a>>,
    /// Its products (the `product` option and the keys of `prices`).
    pub products: Vec<Named<'a>>,
}

/// An id and its name.
#[derive(Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Named<'a> {
    /// The id.
    pub id: &'a str,
    /// The name.
    pub name: &'a I18n,
}

/// The ids and names of `programmes`, in their order.
pub fn catalogue(programmes: &[Programme]) -> Vec<Entry<'_>> {
    programmes
        .iter()
        .map(|p| Entry {
            id: &p.id,
            vendor: &p.vendor,
            name: &p.name,
            currency: p.currency,
            tiers: p
                .tiers
                .iter()
                .map(|t| Named {
                    id: &t.id,
                    name: &t.name,
                })
                .collect(),
            products: p
                .products
                .iter()
                .map(|x| Named {
                    id: &x.id,
                    name: &x.name,
                })
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programmes::ALL;

    #[test]
    fn lists_every_programme_with_its_tier_and_product_ids() {
        let list = catalogue(ALL);
        let ids: Vec<&str> = list.iter().map(|e| e.id).collect();
        assert_eq!(
            ids,
            [
                "directum",
                "stakhanovets",
                "smart-soft",
                "asoft",
                "bitrix-kz"
            ]
        );
        let stakhanovets = &list[1];
        assert_eq!(stakhanovets.vendor.ru, "Стахановец");
        let tiers: Vec<&str> = stakhanovets.tiers.iter().map(|t| t.id).collect();
        assert_eq!(tiers, ["white", "bronze", "silver", "gold", "trusted"]);
        assert_eq!(list[4].currency, Currency::Kzt);
    }
}
