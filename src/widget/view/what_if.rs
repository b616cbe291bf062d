//! The what-if view: the tier each programme gives for the expected sales.

use crate::engine::compare::{what_if, Deal};
use crate::model::{Lang, Programme};
use crate::widget::sentences::standing;
use rust_decimal::Decimal;

/// One programme's standing.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Standing {
    /// The programme's id.
    pub id: String,
    /// The vendor's name.
    pub vendor: String,
    /// The tier reached, with its threshold.
    pub reached: String,
    /// The next tier and what is left.
    pub next: String,
    /// The requirements never assumed met.
    pub requirements: Vec<String>,
}

/// Where `plan` a year puts the partner in each of `programmes` for `deal`.
pub fn standings(
    programmes: &[Programme],
    plan: Decimal,
    deal: &Deal,
    lang: Lang,
) -> Vec<Standing> {
    what_if(programmes, plan, deal)
        .iter()
        .map(|st| {
            let [reached, next] = standing(st, lang);
            Standing {
                id: st.programme.id.to_string(),
                vendor: st.programme.vendor.get(lang).into(),
                reached,
                next,
                requirements: st
                    .requirements
                    .iter()
                    .map(|f| f.text.get(lang).to_string())
                    .collect(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programmes::ALL;
    use crate::widget::form::Form;
    use crate::widget::view::compare::deal;

    #[test]
    fn six_hundred_thousand_a_year_reaches_stakhanovets_silver() {
        let form = Form::new(ALL, "stakhanovets", Lang::Ru);
        let list = standings(
            ALL,
            Decimal::from(600_000),
            &deal(&form, ALL).unwrap(),
            Lang::Ru,
        );
        let st = list.iter().find(|s| s.id == "stakhanovets").unwrap();
        assert_eq!(st.vendor, "Стахановец");
        assert!(
            st.reached.starts_with("«Серебряный статус»"),
            "{}",
            st.reached
        );
        assert!(!st.requirements.is_empty());
        assert!(list.len() >= 4, "every programme selling licences");
    }
}
