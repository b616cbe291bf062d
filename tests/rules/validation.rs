//! Every check of `model::validate` on a synthetic programme: a valid one
//! that uses every part of the model passes, and each single fault is
//! reported once, with its field path and reason, and nothing else.
//! Boundaries are tried from both sides (0 % and 100 % pass, a threshold
//! equal to the one below fails, min = max passes).

use crate::support::d;
use crate::support::synthetic::*;
use partner_calc::model::{
    validate, Basis, I18n, Invalid, Lang, Money, Percent, Pick, Programme, Rate, Settlement,
    Situation, Step,
};
use partner_calc::widget::Message;
use rust_decimal::Decimal;

/// A valid programme using every part of the model: tiers `a` (no
/// threshold), `b` (100 000) and `c` (200 000) with requirements and
/// benefits; a product with a list share, user limits, notes and two
/// situations, the first with a condition and a cap; every kind of rate and
/// a paid-later step.
fn valid() -> Programme {
    let mut a = tier("a", None);
    a.requirements = vec![fact("a contract")].into();
    let mut b = tier("b", Some(("100000", Basis::VendorMoney)));
    b.benefits = vec![fact("a demo licence")].into();
    let c = tier("c", Some(("200000", Basis::Sales)));
    let mut own = situation(
        "own",
        Some("100"),
        vec![
            step(
                "base",
                Settlement::Invoice,
                &[("a", fixed("0")), ("b", fixed("100")), ("c", fixed("50"))],
            ),
            step(
                "extra",
                Settlement::Invoice,
                &[("a", up_to("0", "15")), ("b", up_to("15", "15"))],
            ),
            step("plan", later("free licences"), &[("a", bonus("10"))]),
            step(
                "events",
                later("free licences"),
                &[("a", one_of(&[("attend", "1"), ("host", "2.5")]))],
            ),
            step(
                "agreed",
                Settlement::Invoice,
                &[("c", individual("agreed"))],
            ),
        ],
    );
    own.condition = Some(text("registered first"));
    let joint = situation("joint-2", None, vec![invoice("base", fixed("10"))]);
    let mut p = product("p_1", vec![own, joint]);
    p.list_share = Some(share("20"));
    p.user_limits = vec![limit("a", 1), limit("b", 50)].into();
    p.notes = vec![fact("a note")].into();
    let mut programme = with_tiers(
        vec![a, b, c],
        vec![
            p,
            product(
                "q",
                vec![situation("s", None, vec![invoice("x", fixed("5"))])],
            ),
        ],
    );
    programme.notes = vec![fact("a programme note")].into();
    programme
}

/// The problems `validate` reports, as `path: reason` in English (the
/// catalogue's words).
fn problems(programme: &Programme) -> Vec<String> {
    match validate(programme) {
        Ok(()) => Vec::new(),
        Err(errors) => errors.iter().map(|e| e.message(Lang::En)).collect(),
    }
}

/// Applies `edit` to the first product.
fn edit_product(p: &mut Programme, edit: impl FnOnce(&mut partner_calc::model::Product)) {
    let mut products = p.products.to_vec();
    edit(&mut products[0]);
    p.products = products.into();
}

/// Applies `edit` to the first situation of the first product.
fn edit_situation(p: &mut Programme, edit: impl FnOnce(&mut Situation)) {
    edit_product(p, |product| {
        let mut situations = product.situations.to_vec();
        edit(&mut situations[0]);
        product.situations = situations.into();
    });
}

/// Applies `edit` to step `i` of the first situation.
fn edit_step(p: &mut Programme, i: usize, edit: impl FnOnce(&mut Step)) {
    edit_situation(p, |situation| {
        let mut steps = situation.steps.to_vec();
        edit(&mut steps[i]);
        situation.steps = steps.into();
    });
}

/// Sets the rate of tier `a` (the first rate) of step `i`.
fn set_rate(p: &mut Programme, i: usize, rate: Rate) {
    edit_step(p, i, |step| {
        let mut rates = step.rates.to_vec();
        rates[0].rate = rate;
        step.rates = rates.into();
    });
}

const STEPS: &str = "products[p_1].situations[own].steps";

#[test]
fn a_programme_using_every_rule_is_valid() {
    assert_eq!(problems(&valid()), Vec::<String>::new());
}

#[test]
fn ids_are_lowercase_ascii_digits_underscores_and_dashes() {
    for ok in ["a", "z9", "a_b", "a-b", "0"] {
        let mut p = valid();
        p.id = ok.to_string().into();
        assert_eq!(problems(&p), Vec::<String>::new(), "{ok:?}");
    }
    for bad in ["", "A", "a b", "a.b", "é", "a/b"] {
        let mut p = valid();
        p.id = bad.to_string().into();
        assert_eq!(
            problems(&p),
            [format!(
                "id: id “{bad}” must be non-empty lowercase ASCII, digits, '_' or '-'"
            )],
            "{bad:?}"
        );
    }
    let mut p = valid();
    edit_step(&mut p, 0, |s| s.id = "Base".into());
    assert_eq!(
        problems(&p),
        [format!(
            "{STEPS}[Base]: id “Base” must be non-empty lowercase ASCII, digits, '_' or '-'"
        )]
    );
}

#[test]
fn texts_need_both_languages() {
    let mut p = valid();
    p.vendor = I18n::new(" ", "Vendor");
    assert_eq!(problems(&p), ["vendor.ru: Russian text is empty"]);
    let mut p = valid();
    p.name = I18n::new("Имя", "\t");
    assert_eq!(problems(&p), ["name.en: English text is empty"]);
    let mut p = valid();
    edit_step(&mut p, 2, |s| {
        s.settlement = Settlement::Later(I18n::new("", ""))
    });
    assert_eq!(
        problems(&p),
        [
            format!("{STEPS}[plan].settlement.later.ru: Russian text is empty"),
            format!("{STEPS}[plan].settlement.later.en: English text is empty"),
        ]
    );
    let mut p = valid();
    set_rate(&mut p, 4, Rate::Individual(I18n::new("", "agreed")));
    // Step `agreed` has only tier c's rate, the first.
    assert_eq!(
        problems(&p),
        [format!(
            "{STEPS}[agreed].rates[c].individual.ru: Russian text is empty"
        )]
    );
    let mut p = valid();
    edit_situation(&mut p, |s| s.condition = Some(I18n::new("условие", "")));
    assert_eq!(
        problems(&p),
        ["products[p_1].situations[own].condition.en: English text is empty"]
    );
    let mut p = valid();
    edit_product(&mut p, |x| x.unit = I18n::new("", "unit"));
    assert_eq!(
        problems(&p),
        ["products[p_1].unit.ru: Russian text is empty"]
    );
    let mut p = valid();
    edit_product(&mut p, |x| x.name = I18n::new("", "name"));
    assert_eq!(
        problems(&p),
        ["products[p_1].name.ru: Russian text is empty"]
    );
    let mut p = valid();
    edit_situation(&mut p, |s| s.name = I18n::new("", "name"));
    assert_eq!(
        problems(&p),
        ["products[p_1].situations[own].name.ru: Russian text is empty"]
    );
    let mut p = valid();
    edit_step(&mut p, 0, |s| s.label = I18n::new("метка", ""));
    assert_eq!(
        problems(&p),
        [format!("{STEPS}[base].label.en: English text is empty")]
    );
    let mut tiers = valid().tiers.to_vec();
    tiers[1].name = I18n::new("", "b");
    let mut p = valid();
    p.tiers = tiers.into();
    assert_eq!(problems(&p), ["tiers[b].name.ru: Russian text is empty"]);
}

#[test]
fn sources_are_document_file_names_with_a_section() {
    let mut p = valid();
    p.source.file = "notes.pdf".into();
    assert!(problems(&p).is_empty(), "a vendor's own document");
    let mut p = valid();
    p.source.file = " ".into();
    assert_eq!(
        problems(&p),
        ["source.file: “” is not a document's file name (no folders)"]
    );
    let mut p = valid();
    p.source.file = "dir/seed.txt".into();
    assert_eq!(
        problems(&p),
        ["source.file: “dir/seed.txt” is not a document's file name (no folders)"]
    );
    let mut p = valid();
    p.source.section = "  ".into();
    assert_eq!(
        problems(&p),
        ["source.section: the section of the source is empty"]
    );
    let mut p = valid();
    edit_step(&mut p, 1, |s| s.source.section = "".into());
    assert_eq!(
        problems(&p),
        [format!(
            "{STEPS}[extra].source.section: the section of the source is empty"
        )]
    );
    let mut p = valid();
    edit_situation(&mut p, |s| {
        s.cap.as_mut().unwrap().source.file = "..\\cap.doc".into()
    });
    assert_eq!(
        problems(&p),
        ["products[p_1].situations[own].cap.source.file: “..\\cap.doc” is not a document's file name (no folders)"]
    );
    let mut p = valid();
    edit_product(&mut p, |x| {
        x.list_share.as_mut().unwrap().source.section = "".into()
    });
    assert_eq!(
        problems(&p),
        ["products[p_1].list_share.source.section: the section of the source is empty"]
    );
    let mut p = valid();
    edit_product(&mut p, |x| {
        let mut limits = x.user_limits.to_vec();
        limits[1].source.file = "".into();
        x.user_limits = limits.into();
    });
    assert_eq!(
        problems(&p),
        ["products[p_1].user_limits[b].source.file: “” is not a document's file name (no folders)"]
    );
    let mut tiers = valid().tiers.to_vec();
    tiers[2].threshold.as_mut().unwrap().source.section = "".into();
    let mut p = valid();
    p.tiers = tiers.into();
    assert_eq!(
        problems(&p),
        ["tiers[c].threshold.source.section: the section of the source is empty"]
    );
}

#[test]
fn facts_are_checked_everywhere_with_their_index() {
    let broken = || {
        let mut f = fact("x");
        f.text.en = "".into();
        f.source.section = "".into();
        f
    };
    let mut p = valid();
    p.notes = vec![fact("fine"), broken()].into();
    assert_eq!(
        problems(&p),
        [
            "notes[1].text.en: English text is empty",
            "notes[1].source.section: the section of the source is empty",
        ]
    );
    let mut tiers = valid().tiers.to_vec();
    tiers[0].requirements = vec![broken()].into();
    tiers[1].benefits = vec![fact("fine"), broken()].into();
    let mut p = valid();
    p.tiers = tiers.into();
    assert_eq!(
        problems(&p),
        [
            "tiers[a].requirements[0].text.en: English text is empty",
            "tiers[a].requirements[0].source.section: the section of the source is empty",
            "tiers[b].benefits[1].text.en: English text is empty",
            "tiers[b].benefits[1].source.section: the section of the source is empty",
        ]
    );
    let mut p = valid();
    edit_product(&mut p, |x| x.notes = vec![broken()].into());
    assert_eq!(
        problems(&p),
        [
            "products[p_1].notes[0].text.en: English text is empty",
            "products[p_1].notes[0].source.section: the section of the source is empty",
        ]
    );
}

#[test]
fn percentages_are_within_0_and_100_inclusive() {
    // 0 and 100 are in `valid()` already (base at a and b, the cap).
    // The message writes a negative number with a minus sign (−).
    for (rate, field, value) in [
        (fixed("100.01"), "fixed", "100.01"),
        (fixed("-0.01"), "fixed", "−0.01"),
        (bonus("101"), "bonus", "101"),
    ] {
        let mut p = valid();
        set_rate(&mut p, 0, rate);
        assert_eq!(
            problems(&p),
            [format!(
                "{STEPS}[base].rates[a].{field}: percent {value} is outside 0..100"
            )]
        );
    }
    let mut p = valid();
    set_rate(&mut p, 2, bonus("-1"));
    assert_eq!(
        problems(&p),
        [format!(
            "{STEPS}[plan].rates[a].bonus: percent −1 is outside 0..100"
        )]
    );
    let mut p = valid();
    set_rate(&mut p, 1, up_to("-1", "101"));
    assert_eq!(
        problems(&p),
        [
            format!("{STEPS}[extra].rates[a].up_to.min: percent −1 is outside 0..100"),
            format!("{STEPS}[extra].rates[a].up_to.max: percent 101 is outside 0..100"),
        ]
    );
    let mut p = valid();
    set_rate(&mut p, 3, one_of(&[("attend", "1"), ("host", "100.5")]));
    assert_eq!(
        problems(&p),
        [format!(
            "{STEPS}[events].rates[a].one_of[host].percent: percent 100.5 is outside 0..100"
        )]
    );
    let mut p = valid();
    edit_situation(&mut p, |s| s.cap.as_mut().unwrap().percent = pct("120"));
    assert_eq!(
        problems(&p),
        ["products[p_1].situations[own].cap.percent: percent 120 is outside 0..100"]
    );
    let mut p = valid();
    edit_product(&mut p, |x| {
        x.list_share.as_mut().unwrap().percent = pct("-5")
    });
    assert_eq!(
        problems(&p),
        ["products[p_1].list_share.percent: percent −5 is outside 0..100"]
    );
    for ok in ["0", "100"] {
        let mut p = valid();
        edit_product(&mut p, |x| x.list_share.as_mut().unwrap().percent = pct(ok));
        assert_eq!(problems(&p), Vec::<String>::new(), "{ok}");
    }
    let mut p = valid();
    edit_product(&mut p, |x| {
        x.list_share.as_mut().unwrap().of = I18n::new("лицензия", "")
    });
    assert_eq!(
        problems(&p),
        ["products[p_1].list_share.of.en: English text is empty"]
    );
}

#[test]
fn a_range_may_be_a_single_value_but_not_upside_down() {
    // `valid()` has 15..15 at tier b.
    let mut p = valid();
    set_rate(&mut p, 1, up_to("15.01", "15"));
    assert_eq!(
        problems(&p),
        [format!(
            "{STEPS}[extra].rates[a].up_to: min 15.01 is above max 15"
        )]
    );
}

#[test]
fn options_need_one_option_unique_ids_and_labels() {
    let mut p = valid();
    set_rate(&mut p, 3, Rate::OneOf(Vec::new().into()));
    assert_eq!(
        problems(&p),
        [format!(
            "{STEPS}[events].rates[a].one_of: needs at least one option"
        )]
    );
    let mut p = valid();
    set_rate(&mut p, 3, one_of(&[("host", "1"), ("host", "2")]));
    assert_eq!(
        problems(&p),
        [format!(
            "{STEPS}[events].rates[a].one_of: id “host” is used twice"
        )]
    );
    let mut p = valid();
    set_rate(
        &mut p,
        3,
        Rate::OneOf(
            vec![Pick {
                id: "Host".into(),
                label: I18n::new("", "host"),
                percent: Percent(Decimal::ONE),
            }]
            .into(),
        ),
    );
    assert_eq!(
        problems(&p),
        [
            format!("{STEPS}[events].rates[a].one_of[Host]: id “Host” must be non-empty lowercase ASCII, digits, '_' or '-'"),
            format!("{STEPS}[events].rates[a].one_of[Host].label.ru: Russian text is empty"),
        ]
    );
}

#[test]
fn ids_are_unique_where_they_are_referenced() {
    let mut p = valid();
    let mut tiers = p.tiers.to_vec();
    tiers[2].id = "b".into();
    tiers[2].threshold = None;
    p.tiers = tiers.into();
    let errors = problems(&p);
    assert_eq!(errors[0], "tiers: id “b” is used twice", "{errors:?}");
    let mut p = valid();
    let mut products = p.products.to_vec();
    products[1].id = "p_1".into();
    p.products = products.into();
    assert_eq!(problems(&p)[0], "products: id “p_1” is used twice");
    let mut p = valid();
    edit_product(&mut p, |x| {
        let mut s = x.situations.to_vec();
        s[1].id = "own".into();
        x.situations = s.into();
    });
    assert_eq!(
        problems(&p)[0],
        "products[p_1].situations: id “own” is used twice"
    );
    let mut p = valid();
    edit_step(&mut p, 1, |s| s.id = "base".into());
    assert_eq!(
        problems(&p),
        ["products[p_1].situations[own].steps: id “base” is used twice"]
    );
    let mut p = valid();
    edit_step(&mut p, 0, |s| {
        let mut rates = s.rates.to_vec();
        rates[1].tier = "a".into();
        s.rates = rates.into();
    });
    assert_eq!(
        problems(&p),
        [format!("{STEPS}[base].rates: id “a” is used twice")]
    );
}

#[test]
fn referenced_tiers_exist() {
    let mut p = valid();
    edit_step(&mut p, 0, |s| {
        let mut rates = s.rates.to_vec();
        rates[2].tier = "gold".into();
        s.rates = rates.into();
    });
    assert_eq!(
        problems(&p),
        [format!(
            "{STEPS}[base].rates[gold]: tier “gold” is not a tier of this programme"
        )]
    );
    let mut p = valid();
    edit_product(&mut p, |x| x.user_limits = vec![limit("gold", 5)].into());
    assert_eq!(
        problems(&p),
        ["products[p_1].user_limits[gold]: tier “gold” is not a tier of this programme"]
    );
}

#[test]
fn user_limits_are_at_least_one() {
    // `valid()` has a limit of exactly 1 at tier a.
    let mut p = valid();
    edit_product(&mut p, |x| x.user_limits = vec![limit("a", 0)].into());
    assert_eq!(
        problems(&p),
        ["products[p_1].user_limits[a].count: a user limit must be at least 1"]
    );
}

#[test]
fn programmes_products_situations_and_steps_are_not_empty() {
    let mut p = valid();
    p.tiers = Vec::new().into();
    let errors = problems(&p);
    assert_eq!(errors[0], "tiers: a programme needs at least one tier");
    let mut p = valid();
    p.products = Vec::new().into();
    assert_eq!(
        problems(&p),
        ["products: a programme needs at least one product"]
    );
    let mut p = valid();
    edit_product(&mut p, |x| x.situations = Vec::new().into());
    assert_eq!(
        problems(&p),
        ["products[p_1].situations: a product needs at least one situation"]
    );
    let mut p = valid();
    edit_situation(&mut p, |s| s.steps = Vec::new().into());
    assert_eq!(
        problems(&p),
        ["products[p_1].situations[own].steps: a situation needs at least one step"]
    );
    let mut p = valid();
    edit_step(&mut p, 2, |s| s.rates = Vec::new().into());
    assert_eq!(
        problems(&p),
        [format!(
            "{STEPS}[plan].rates: a step needs a rate for at least one tier"
        )]
    );
}

#[test]
fn the_data_date_is_an_iso_date() {
    for bad in [
        "2025-1-31",
        "2025/01/31",
        "20250131",
        "2025-01-3-1",
        "2025-01-311",
        "abcd-ef-gh",
        "2025-13-01",
        "2025-00-10",
        "2025-01-32",
        "2025-01-00",
        "٢٠٢٥-01-31",
    ] {
        let mut p = valid();
        p.data_date = bad.into();
        assert_eq!(
            problems(&p),
            [format!("data_date: “{bad}” is not a YYYY-MM-DD date")],
            "{bad}"
        );
    }
}

#[test]
fn thresholds_are_positive_and_rise_with_the_tiers() {
    let with_amounts = |amounts: [Option<&str>; 3]| {
        let mut p = valid();
        let mut tiers = p.tiers.to_vec();
        for (tier, amount) in tiers.iter_mut().zip(amounts) {
            tier.threshold = amount.map(|a| partner_calc::model::Threshold {
                amount: Money(d(a)),
                period: partner_calc::model::Period::Year,
                basis: Basis::Sales,
                source: source(),
            });
        }
        p.tiers = tiers.into();
        problems(&p)
    };
    assert_eq!(
        with_amounts([None, Some("0"), Some("1")]),
        ["tiers[b].threshold.amount: a threshold must be above zero"]
    );
    assert_eq!(
        with_amounts([None, Some("-1"), None]),
        ["tiers[b].threshold.amount: a threshold must be above zero"]
    );
    assert_eq!(
        with_amounts([Some("0.01"), None, Some("0.02")]),
        Vec::<String>::new()
    );
    assert_eq!(
        with_amounts([None, Some("100"), Some("100")]),
        ["tiers[c].threshold.amount: 100 is not above the threshold of the lower tier “b” (100)"]
    );
    // A tier without a threshold in between: c is still compared with a.
    assert_eq!(
        with_amounts([Some("500"), None, Some("400")]),
        ["tiers[c].threshold.amount: 400 is not above the threshold of the lower tier “a” (500)"]
    );
}

#[test]
fn steps_may_add_up_to_100_percent_or_more_only_under_a_cap() {
    // Situation `s` of product `q`: one step of 5 % at tier a.
    let over = |percents: &[(&str, &str)], cap: Option<&str>| {
        let mut p = valid();
        let mut products = p.products.to_vec();
        let steps: Vec<Step> = percents
            .iter()
            .map(|(id, pc)| step(id, Settlement::Invoice, &[("a", fixed(pc))]))
            .collect();
        products[1].situations = vec![situation("s", cap, steps)].into();
        p.products = products.into();
        problems(&p)
    };
    // 60 + 40 = 100: allowed.
    assert_eq!(
        over(&[("x", "60"), ("y", "40")], None),
        Vec::<String>::new()
    );
    // 60 + 40.01 = 100.01: above 100 without a cap.
    assert_eq!(
        over(&[("x", "60"), ("y", "40.01")], None),
        ["products[q].situations[s]: steps at tier “a” can add up to 100.01 %, above 100"]
    );
    // The same under a cap: allowed.
    assert_eq!(
        over(&[("x", "60"), ("y", "40.01")], Some("40")),
        Vec::<String>::new()
    );
    // Ranges and options count at their top: 15 + 90 = 105 at tier a.
    let mut p = valid();
    edit_product(&mut p, |x| {
        let mut s = x.situations.to_vec();
        s[1].steps = vec![
            step("r", Settlement::Invoice, &[("a", up_to("0", "15"))]),
            step(
                "o",
                Settlement::Invoice,
                &[("a", one_of(&[("low", "1"), ("high", "90")]))],
            ),
            step("i", Settlement::Invoice, &[("a", individual("agreed"))]),
        ]
        .into();
        x.situations = s.into();
    });
    assert_eq!(
        problems(&p),
        ["products[p_1].situations[joint-2]: steps at tier “a” can add up to 105 %, above 100"]
    );
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let mut p = valid();
    p.id = "".into();
    p.data_date = "soon".into();
    set_rate(&mut p, 0, fixed("101"));
    let errors = validate(&p).unwrap_err();
    assert_eq!(errors.len(), 3, "{errors:?}");
    assert_eq!(errors[0].path, "id");
    assert_eq!(errors[1].path, "data_date");
    assert_eq!(errors[2].path, format!("{STEPS}[base].rates[a].fixed"));
    assert_eq!(
        errors[2].problem,
        Invalid::PercentOutOfRange { percent: d("101") }
    );
}
