//! The widget's state on a synthetic programme: the form and its edits, the
//! request and the messages it makes, the URL state, and a host's options.

use crate::support::synthetic::*;
use crate::support::{d, OneLine};
use partner_calc::engine::{ChoiceValue, QuoteError};
use partner_calc::model::{Lang, Programme, Settlement};
use partner_calc::widget::form::{Choice, Edit, Field, FieldError, Form};
use partner_calc::widget::host::Host;
use partner_calc::widget::options::{read, OptionError, Widget};
use partner_calc::widget::url::{decode, encode, Ignored};
use partner_calc::widget::Message;

/// `synth` with tiers a and b and two products: `p` with situations `own`
/// (base 20 %, extra 5..15 %, a bonus `plan` of 5 % paid later, options
/// `events` attend 1 % / host 2.5 %) and `joint` (10 %); `q` (30 %).
/// `zed`, one tier, one product `z` (40 %).
fn programmes() -> Vec<Programme> {
    let own = situation(
        "own",
        None,
        vec![
            invoice("base", fixed("20")),
            invoice("extra", up_to("5", "15")),
            step(
                "plan",
                later("free licences"),
                &[("a", bonus("5")), ("b", bonus("5"))],
            ),
            invoice("events", one_of(&[("attend", "1"), ("host", "2.5")])),
        ],
    );
    let joint = situation("joint", None, vec![invoice("base", fixed("10"))]);
    let synth = programme(vec![
        product("p", vec![own, joint]),
        product(
            "q",
            vec![situation("s", None, vec![invoice("base", fixed("30"))])],
        ),
    ]);
    let mut zed = with_tiers(
        vec![tier("z1", None)],
        vec![product(
            "z",
            vec![situation(
                "s",
                None,
                vec![step("base", Settlement::Invoice, &[("z1", fixed("40"))])],
            )],
        )],
    );
    zed.id = "zed".into();
    vec![synth, zed]
}

fn form() -> (Vec<Programme>, Form) {
    let all = programmes();
    let mut f = Form::new(&all, VENDOR, Lang::En);
    f.lines[0].quantity = "10".into();
    f.lines[0].unit_price = "100000".into();
    (all, f)
}

// ------------------------------------------------------------------ form

#[test]
fn a_new_form_starts_at_the_first_of_everything() {
    let (all, f) = form();
    assert_eq!(
        (
            f.vendor.as_str(),
            f.tier.as_str(),
            f.lines[0].product.as_str(),
            f.lines[0].situation.as_str()
        ),
        ("synth", "a", "p", "own")
    );
    let f = Form::new(&all, "nobody", Lang::Ru);
    assert_eq!(f.vendor, "synth", "an unknown vendor: the first");
    assert_eq!(
        (f.lines[0].quantity.as_str(), f.lines[0].unit_price.as_str()),
        ("1", "100000")
    );
    let f = Form::new(&all, "zed", Lang::Ru);
    assert_eq!((f.tier.as_str(), f.lines[0].product.as_str()), ("z1", "z"));
    assert_eq!(f.situation_of(&all, 0).map(|s| &*s.id), Some("s"));
}

#[test]
fn every_input_has_its_edit() {
    let (all, mut f) = form();
    f.edit(&all, Edit::Tier("b".to_string()));
    f.edit(&all, Edit::Situation(0, "joint".to_string()));
    assert_eq!(
        (f.tier.as_str(), f.lines[0].situation.as_str()),
        ("b", "joint")
    );
    f.edit(&all, Edit::Product(0, "q".to_string()));
    assert_eq!(
        (f.lines[0].product.as_str(), f.lines[0].situation.as_str()),
        ("q", "s")
    );
    f.edit(&all, Edit::Product(0, "p".to_string()));
    assert_eq!(f.lines[0].situation, "own", "back to the first situation");
    f.edit(&all, Edit::Situation(0, "auction".to_string()));
    assert_eq!(f.lines[0].situation, "own", "unknown: the first");
    f.edit(&all, Edit::Quantity(0, "3".to_string()));
    f.edit(&all, Edit::UnitPrice(0, "7,5".to_string()));
    f.edit(&all, Edit::Sales("100".to_string()));
    f.edit(&all, Edit::Plan("200".to_string()));
    assert_eq!(
        (
            f.lines[0].quantity.as_str(),
            f.lines[0].unit_price.as_str(),
            f.sales.as_str(),
            f.plan.as_str()
        ),
        ("3", "7,5", "100", "200")
    );
    f.edit(&all, Edit::Vendor("zed".to_string()));
    assert_eq!(
        (
            f.vendor.as_str(),
            f.tier.as_str(),
            f.lines[0].product.as_str()
        ),
        ("zed", "z1", "z")
    );
    assert_eq!(f.lines[0].quantity, "3", "typed values stay");
}

#[test]
fn a_choice_edited_again_replaces_its_value() {
    let (all, mut f) = form();
    f.edit(
        &all,
        Edit::Choice(Some(0), "extra".into(), Choice::Percent("5".to_string())),
    );
    f.edit(
        &all,
        Edit::Choice(Some(0), "plan".into(), Choice::Bonus(true)),
    );
    f.edit(
        &all,
        Edit::Choice(Some(0), "extra".into(), Choice::Percent("7".to_string())),
    );
    assert_eq!(
        f.lines[0].choices.0,
        [
            ("extra".to_string(), Choice::Percent("7".to_string())),
            ("plan".to_string(), Choice::Bonus(true))
        ]
    );
    assert_eq!(f.lines[0].choices.percent("extra"), Some("7"));
    assert_eq!(f.lines[0].choices.bonus("plan"), Some(true));
    assert_eq!(f.lines[0].choices.bonus("extra"), None);
    assert_eq!(f.lines[0].choices.pick("events"), None);
}

#[test]
fn the_request_carries_every_choice_as_typed() {
    let (all, mut f) = form();
    f.edit(
        &all,
        Edit::Choice(Some(0), "extra".into(), Choice::Percent("15".to_string())),
    );
    f.edit(
        &all,
        Edit::Choice(Some(0), "plan".into(), Choice::Bonus(false)),
    );
    f.edit(
        &all,
        Edit::Choice(Some(0), "events".into(), Choice::Pick("host".to_string())),
    );
    f.sales = "250 000".into();
    let r = f.request(&all).unwrap();
    assert_eq!(r.vendor, "synth");
    assert_eq!(r.lines[0].situation.as_deref(), Some("own"));
    assert_eq!(r.lines[0].quantity, d("10"));
    assert_eq!(r.sales_last_12_months, Some(d("250000")));
    assert_eq!(r.lines[0].choices["extra"], ChoiceValue::Percent(d("15")));
    assert_eq!(r.lines[0].choices["plan"], ChoiceValue::On(false));
    assert_eq!(
        r.lines[0].choices["events"],
        ChoiceValue::Pick("host".into())
    );
    f.edit(
        &all,
        Edit::Choice(Some(0), "plan".into(), Choice::Bonus(true)),
    );
    f.edit(
        &all,
        Edit::Choice(Some(0), "extra".into(), Choice::Percent("  ".to_string())),
    );
    f.sales = " ".into();
    let r = f.request(&all).unwrap();
    assert_eq!(r.lines[0].choices["plan"], ChoiceValue::On(true));
    assert!(
        r.lines[0].choices.get("extra").is_none(),
        "blank: the range's default"
    );
    assert_eq!(r.sales_last_12_months, None);
    // Invoice: 20 + 5 (the range's minimum) + 2.5 (hosting) = 27.5 % of
    // 1 000 000 = 275 000 → net 725 000; the bonus, 5 % = 50 000, later.
    let q = f.quote(&all).unwrap();
    assert_eq!(q.net_total, Some(d("725000.00")));
    assert_eq!(q.paid_later_total, d("50000.00"));
}

#[test]
fn a_range_is_accepted_at_its_bounds_and_refused_a_hundredth_outside() {
    let (all, mut f) = form();
    for ok in ["5", "15", "5.00"] {
        f.edit(
            &all,
            Edit::Choice(Some(0), "extra".into(), Choice::Percent(ok.to_string())),
        );
        let r = f.request(&all).unwrap_or_else(|e| panic!("{ok}: {e:?}"));
        assert_eq!(r.lines[0].choices["extra"], ChoiceValue::Percent(d(ok)));
    }
    for bad in ["4.99", "15.01"] {
        f.edit(
            &all,
            Edit::Choice(Some(0), "extra".into(), Choice::Percent(bad.to_string())),
        );
        assert_eq!(
            f.request(&all),
            Err(vec![FieldError {
                field: Field::Step(Some(0), "extra".into()),
                message: "Enter a value from 5 to 15 %".into()
            }]),
            "{bad}"
        );
    }
    f.edit(
        &all,
        Edit::Choice(Some(0), "extra".into(), Choice::Percent("much".to_string())),
    );
    assert_eq!(
        f.request(&all).unwrap_err()[0].message,
        "Not a number: use digits, commas and a decimal point"
    );
}

#[test]
fn engine_refusals_are_put_next_to_their_field() {
    let (all, mut f) = form();
    f.edit(
        &all,
        Edit::Choice(Some(0), "events".into(), Choice::Pick("dance".to_string())),
    );
    assert_eq!(
        f.quote(&all),
        Err(vec![FieldError {
            field: Field::Step(Some(0), "events".into()),
            message: "Option “events” has no choice “dance”".into()
        }])
    );
    let (all, mut f) = form();
    f.lines[0].quantity = "1000000000".into();
    f.lines[0].unit_price = "79228162514264337593543950335".into();
    assert_eq!(
        f.quote(&all),
        Err(vec![FieldError {
            field: Field::UnitPrice(0),
            message: QuoteError::Overflow.message(Lang::En)
        }])
    );
    let (all, mut f) = form();
    f.vendor = "gone".into();
    assert_eq!(
        f.quote(&all).unwrap_err()[0].field,
        Field::Form,
        "an unknown programme is the form's"
    );
}

#[test]
fn controls_are_the_adjustable_steps_at_the_tier() {
    let (all, mut f) = form();
    let ids = |f: &Form| {
        f.controls(&all, 0)
            .iter()
            .map(|c| c.id.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&f), ["extra", "plan", "events"]);
    let plan = &f.controls(&all, 0)[1];
    assert_eq!(
        plan.paid_later.map(|t| t.en.as_ref()),
        Some("free licences (en)")
    );
    assert_eq!(f.controls(&all, 0)[0].paid_later, None);
    f.edit(&all, Edit::Situation(0, "joint".to_string()));
    assert_eq!(ids(&f), Vec::<String>::new());
    f.lines[0].product = "nothing".into();
    assert_eq!(ids(&f), Vec::<String>::new());
}

#[test]
fn the_ladder_prices_the_deal_at_every_tier() {
    let (all, mut f) = form();
    f.edit(&all, Edit::Product(0, "q".to_string()));
    let ladder = f.ladder(&all);
    let tiers: Vec<&str> = ladder.iter().map(|(t, _)| &*t.id).collect();
    assert_eq!(tiers, ["a", "b"]);
    // 30 % at both tiers: 700 000.
    for (_, q) in &ladder {
        assert_eq!(q.as_ref().unwrap().net_total(), Some(d("700000.00")));
    }
    f.vendor = "gone".into();
    assert!(f.ladder(&all).is_empty());
}

// ------------------------------------------------------------- URL state

#[test]
fn encode_writes_every_field_and_escapes_what_it_must() {
    let (all, mut f) = form();
    f.lines[0].unit_price = "1 234,5".into();
    f.edit(
        &all,
        Edit::Choice(Some(0), "extra".into(), Choice::Percent("7,5".to_string())),
    );
    assert_eq!(
        encode(&f),
        "lang=en&view=quote&vendor=synth&tier=a&product=p&situation=own&qty=10&price=1%20234%2C5&percent:extra=7%2C5"
    );
    f.sales = "100".into();
    f.plan = "a+b/é".into();
    f.lang = Lang::Ru;
    let query = encode(&f);
    assert!(query.starts_with("lang=ru&"), "{query}");
    assert!(query.contains("&sales=100&plan=a%2Bb%2F%C3%A9&"), "{query}");
    f.plan = "-_.~:".into();
    assert!(
        encode(&f).contains("&plan=-_.~:&"),
        "unreserved characters stay"
    );
}

#[test]
fn decode_reads_escapes_pluses_and_leaves_bad_escapes_alone() {
    let all = programmes();
    let (f, ignored) = decode(&all, "?vendor=zed&qty=1%30&price=1+000&&sales=%zz");
    assert_eq!(f.vendor, "zed");
    assert_eq!(f.lines[0].quantity, "10", "%30 is 0");
    assert_eq!(f.lines[0].unit_price, "1 000", "+ is a space");
    assert_eq!(f.sales, "", "%zz is not a number");
    assert_eq!(ignored, [Ignored("sales".into())]);
    // An escape cut short at the end stays as typed.
    let (f, ignored) = decode(&all, "qty=1%3");
    assert_eq!(f.lines[0].quantity, "1");
    assert_eq!(ignored, [Ignored("qty".into())]);
    let (_, ignored) = decode(&all, "qty=%");
    assert_eq!(ignored, [Ignored("qty".into())]);
    // Two-byte UTF-8, and bytes that are not UTF-8.
    let (f, _) = decode(&all, "plan=%D0%B0");
    assert_eq!(f.plan, "", "not a number");
    let (_, ignored) = decode(&all, "vendor=%FF&tier=%D0%B0");
    assert_eq!(ignored, [Ignored("vendor".into()), Ignored("tier".into())]);
    let (f, ignored) = decode(&all, "view=compare&lang=en&plan=12%2C5&sales=7");
    assert_eq!(ignored, []);
    assert_eq!(
        (f.plan.as_str(), f.sales.as_str(), f.lang),
        ("12,5", "7", Lang::En)
    );
    let (f, _) = decode(&all, "view=whatif");
    assert_eq!(f.view, partner_calc::widget::form::View::WhatIf);
    let (_, ignored) = decode(&all, "view=table");
    assert_eq!(ignored, [Ignored("view".into())]);
}

#[test]
fn decode_takes_choices_only_within_their_rules() {
    let all = programmes();
    let base = "vendor=synth&tier=a&product=p&situation=own";
    let take = |extra: &str| decode(&all, &format!("{base}&{extra}"));
    for ok in [
        "percent:extra=5",
        "percent:extra=15",
        "percent:extra=7%2C5",
        "bonus:plan=true",
        "bonus:plan=false",
        "pick:events=host",
        "pick:events=none",
    ] {
        let (f, ignored) = take(ok);
        assert_eq!(ignored, [], "{ok}");
        assert_eq!(f.lines[0].choices.0.len(), 1, "{ok}");
    }
    for bad in [
        "percent:extra=4.99",
        "percent:extra=15.01",
        "percent:extra=x",
        "bonus:plan=yes",
        "pick:events=dance",
        "pick:plan=host",
        "bonus:extra=true",
        "percent:nothing=1",
    ] {
        let (f, ignored) = take(bad);
        let key = bad.split('=').next().unwrap();
        assert_eq!(ignored, [Ignored(key.into())], "{bad}");
        assert!(f.lines[0].choices.0.is_empty(), "{bad}");
    }
    let (_, ignored) = take("utm:source=mail");
    assert_eq!(ignored, [], "a host page's own parameter");
    let (f, _) = take("percent:extra=15");
    assert_eq!(f.lines[0].choices.percent("extra"), Some("15"));
}

#[test]
fn the_notice_names_every_ignored_parameter() {
    assert_eq!(
        partner_calc::widget::sentences::ignored(&[Ignored("qty".into())], Lang::En),
        "Part of the link could not be used (qty): defaults apply."
    );
    assert_eq!(
        partner_calc::widget::sentences::ignored(
            &[
                Ignored("a".into()),
                Ignored("b".into()),
                Ignored("c".into())
            ],
            Lang::Ru
        ),
        "Часть ссылки не подошла (a, b, c): взяты значения по умолчанию."
    );
}

// --------------------------------------------------------------- options

fn text(s: &str) -> Host {
    Host::Text(s.into())
}

fn options(
    members: &[(&str, Host)],
) -> (
    partner_calc::widget::options::Options,
    Vec<(String, OptionError)>,
) {
    read(&Host::Object(
        members
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
    ))
}

/// A widget on `all` (leaked by the tests: a widget's bundled programmes are `'static`).
fn configured(all: &'static [Programme], members: &[(&str, Host)]) -> Widget {
    let mut w = Widget::new(all, "");
    let (o, problems) = options(members);
    w.configure(o, problems);
    w
}

#[test]
fn null_options_reset_each_option_to_its_default() {
    let (o, problems) = read(&Host::Null);
    assert_eq!(o, Default::default());
    assert!(problems.is_empty());
    let (o, problems) = options(&[
        ("vendor", Host::Null),
        ("tier", Host::Null),
        ("product", Host::Null),
        ("lang", Host::Null),
        ("compact", Host::Null),
        ("prices", Host::Null),
    ]);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(o.vendor, Some(None));
    assert_eq!(o.tier, Some(None));
    assert_eq!(o.product, Some(None));
    assert_eq!(o.lang, Some(Lang::Ru));
    assert_eq!(o.compact, Some(false));
    assert_eq!(o.prices, Some(vec![]));
    assert_eq!(o.given.len(), 6);
    let (o, problems) = options(&[
        ("vendor", text("zed")),
        ("tier", text("z1")),
        ("product", text("z")),
        ("lang", text("en")),
        ("compact", Host::Bool(true)),
        (
            "prices",
            Host::Object(vec![("z".into(), Host::Number("0".into()))]),
        ),
    ]);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(o.vendor, Some(Some("zed".into())));
    assert_eq!(o.tier, Some(Some("z1".into())));
    assert_eq!(o.product, Some(Some("z".into())));
    assert_eq!(o.lang, Some(Lang::En));
    assert_eq!(o.compact, Some(true));
    assert_eq!(
        o.prices,
        Some(vec![("z".into(), d("0"))]),
        "a price of 0 is a price"
    );
    let (o, _) = options(&[("lang", text("ru"))]);
    assert_eq!(o.lang, Some(Lang::Ru));
}

#[test]
fn bad_option_values_are_named() {
    let (o, problems) = options(&[
        ("vendor", Host::Bool(true)),
        ("lang", text("de")),
        ("compact", text("yes")),
        ("prices", text("cheap")),
    ]);
    assert_eq!(o.vendor, None);
    assert_eq!(o.lang, None);
    let names: Vec<&str> = problems.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(names, ["vendor", "lang", "compact", "prices"]);
    let messages: Vec<String> = problems.iter().map(|(_, e)| e.message(Lang::En)).collect();
    assert_eq!(
        messages,
        [
            "«vendor»: a string is expected",
            "«lang»: ru or en is expected",
            "«compact»: true or false is expected",
            "«prices»: an object is expected",
        ]
    );
    let (_, problems) = options(&[("prices", Host::Object(vec![("z".into(), text("-0.01"))]))]);
    assert_eq!(
        problems[0].1.message(Lang::En),
        "«prices.z»: a number or a decimal string like \"1500.50\" is expected"
    );
    assert_eq!(
        OptionError::Id(QuoteError::UnknownTier("x".into())).message(Lang::Ru),
        "В программе нет статуса «x»"
    );
}

#[test]
fn a_locked_widget_offers_its_programme_only() {
    let all: &'static [Programme] = programmes().leak();
    let mut w = configured(all, &[("vendor", text("zed"))]);
    assert_eq!(w.lock.as_deref(), Some("zed"));
    let ids: Vec<&str> = w.programmes().iter().map(|p| &*p.id).collect();
    assert_eq!(ids, ["zed"]);
    assert_eq!(w.form.vendor, "zed", "the form moves to it");
    w.lock = Some("nobody".into());
    assert_eq!(w.programmes().len(), 2, "a lock on no programme: all");
    w.lock = Some("synth".into());
    assert_eq!(w.programmes()[0].id, "synth");
    let w = configured(all, &[("vendor", text("nobody"))]);
    assert_eq!(w.programmes().len(), 2);
    assert_eq!(w.messages(), ["Неизвестная программа «nobody»"]);
}

#[test]
fn a_lock_on_no_programme_configures_over_all_programmes() {
    let all: &'static [Programme] = programmes().leak();
    let mut w = Widget::new(all, "zed");
    w.lock = Some("nobody".into());
    let (o, p) = options(&[("tier", text("a"))]);
    w.configure(o, p);
    assert_eq!(w.form.vendor, "zed");
    assert_eq!(
        w.messages(),
        ["В программе нет статуса «a»"],
        "zed has no tier a"
    );
}

#[test]
fn the_hosts_product_applies_when_it_changes_and_brings_its_price() {
    let all: &'static [Programme] = programmes().leak();
    let prices = Host::Object(vec![("q".into(), text("500")), ("z".into(), text("900"))]);
    let mut w = configured(all, &[("product", text("q")), ("prices", prices)]);
    assert_eq!(w.form.lines[0].product, "q");
    assert_eq!(w.form.lines[0].unit_price, "500");
    w.edit(Edit::Product(0, "p".to_string()));
    assert_eq!(
        w.form.lines[0].unit_price, "500",
        "p has no price: the field stays"
    );
    w.edit(Edit::UnitPrice(0, "1".to_string()));
    // The same product again does not override the user's choice.
    let (o, p) = options(&[("product", text("q"))]);
    w.configure(o, p);
    assert_eq!(w.form.lines[0].product, "p");
    assert_eq!(w.form.lines[0].unit_price, "1");
    // Another product does.
    let (o, p) = options(&[("product", Host::Null)]);
    w.configure(o, p);
    let (o, p) = options(&[("product", text("q"))]);
    w.configure(o, p);
    assert_eq!(w.form.lines[0].product, "q");
    assert_eq!(w.form.lines[0].unit_price, "500");
    let (o, p) = options(&[("product", text("nothing"))]);
    w.configure(o, p);
    assert_eq!(w.messages(), ["В программе нет продукта «nothing»"]);
    assert_eq!(w.form.lines[0].product, "q");
    // Prices for products of another programme than the locked one.
    let mut w = configured(all, &[("vendor", text("synth"))]);
    let (o, p) = options(&[(
        "prices",
        Host::Object(vec![("z".into(), text("9")), ("p".into(), text("8"))]),
    )]);
    w.configure(o, p);
    assert_eq!(w.prices, [("p".to_string(), d("8"))]);
    assert_eq!(w.messages(), ["В программе нет продукта «z»"]);
    assert_eq!(w.form.lines[0].unit_price, "8", "new prices apply at once");
}

#[test]
fn the_hosts_language_and_layout_apply_and_survive_a_reset() {
    let all: &'static [Programme] = programmes().leak();
    let mut w = configured(
        all,
        &[
            ("lang", text("en")),
            ("compact", Host::Bool(true)),
            ("tier", text("b")),
        ],
    );
    assert_eq!(
        (w.form.lang, w.compact, w.form.tier.as_str()),
        (Lang::En, true, "b")
    );
    w.edit(Edit::Tier("a".to_string()));
    w.edit(Edit::Quantity(0, "9".to_string()));
    w.form.lang = Lang::Ru;
    w.reset();
    assert_eq!(
        (
            w.form.lang,
            w.form.tier.as_str(),
            w.form.lines[0].quantity.as_str()
        ),
        (Lang::En, "b", "1")
    );
    let (o, p) = options(&[("compact", Host::Bool(false))]);
    w.configure(o, p);
    assert!(!w.compact);
}

#[test]
fn a_situation_that_is_not_deal_wide_is_each_lines_own() {
    let (all, mut f) = form();
    f.edit(&all, Edit::AddLine);
    assert_eq!(f.lines[1].product, "p");
    f.edit(&all, Edit::Situation(1, "joint".to_string()));
    assert_eq!(
        (f.lines[0].situation.as_str(), f.lines[1].situation.as_str()),
        ("own", "joint"),
        "p's situation describes one line"
    );
}
