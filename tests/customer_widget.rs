//! The customer's price in the widget: a Smart-Soft deal sold with a
//! discount (the lines' own where given), shown in the lines table, the
//! copied quote, the CSV, the customer's proposal and the compare view,
//! with figures worked out by hand from 002 (Certified: Traffic Inspector
//! 30 %, TING 20 % of the fixed retail price).

use partner_calc::model::Lang;
use partner_calc::programmes::ALL;
use partner_calc::widget::form::{Edit, Field, Form, PriceMode, Pricing, TargetMode};
use partner_calc::widget::view::compare::{comparison, deal as deal_for_compare};
use partner_calc::widget::view::controls::controls;
use partner_calc::widget::view::csv::csv;
use partner_calc::widget::view::proposal::{proposal, text};
use partner_calc::widget::view::{deal as deal_view, plain::plain};

/// `text` with its spaces as the widget's no-break ones.
fn nb(text: &str) -> String {
    text.replace(' ', "\u{a0}")
}

/// Certified: 10 × 10 000 of Traffic Inspector (net 70 000) and a TING of
/// 50 000 (net 40 000); 10 % off for the customer, 5 % on the TING.
/// Sold: 90 000 + 47 500 = 137 500; margin left 20 000 + 7 500 = 27 500.
fn sold_deal() -> Form {
    let mut form = Form::new(ALL, "smart-soft", Lang::Ru);
    for edit in [
        Edit::Tier("certified".into()),
        Edit::Quantity(0, "10".into()),
        Edit::UnitPrice(0, "10000".into()),
        Edit::AddLine,
        Edit::Product(1, "ting".into()),
        Edit::Quantity(1, "1".into()),
        Edit::UnitPrice(1, "50000".into()),
        Edit::Price("10".into()),
        Edit::LineDiscount(1, "5".into()),
    ] {
        form.edit(ALL, edit);
    }
    form
}

#[test]
fn the_lines_table_sells_each_line_at_its_discount() {
    let form = sold_deal();
    let priced = form.priced(ALL).unwrap();
    let table = deal_view::table(&form, ALL, &priced).unwrap();
    let heads: Vec<&str> = table.head.iter().map(|h| h.label.as_str()).collect();
    assert_eq!(
        heads[heads.len() - 2..],
        ["Цена клиента", "Маржа при цене клиента"]
    );
    let last_two: Vec<Vec<String>> = table
        .rows
        .iter()
        .map(|r| {
            r.cells[r.cells.len() - 2..]
                .iter()
                .map(|c| c.text.clone())
                .collect()
        })
        .collect();
    assert_eq!(
        last_two,
        [
            [nb("90 000,00 ₽"), nb("20 000,00 ₽")],
            [nb("47 500,00 ₽"), nb("7 500,00 ₽")],
            [nb("137 500,00 ₽"), nb("27 500,00 ₽")],
        ]
    );
}

#[test]
fn the_copied_quote_and_the_csv_carry_the_customer_price() {
    let form = sold_deal();
    let priced = form.priced(ALL).unwrap();
    let copied = plain(&form, ALL, &[], &priced, None).replace('\u{a0}', " ");
    for part in [
        "Цена для клиента: 137 500,00 ₽",
        "Скидка клиенту (8,33% от РРЦ): −12 500,00 ₽",
        "Маржа партнера при этой цене: 27 500,00 ₽ · 20% от цены для клиента",
        "Цена клиента: 47 500,00 ₽; Маржа при цене клиента: 7 500,00 ₽",
    ] {
        assert!(copied.contains(part), "{part:?} in:\n{copied}");
    }
    let file = csv(&form, ALL, &priced);
    let rows: Vec<&str> = file.split("\r\n").collect();
    assert!(
        rows[0].ends_with(";Цена клиента;Маржа при цене клиента"),
        "{}",
        rows[0]
    );
    assert!(
        rows[1].ends_with(";70000,00;30000,00;90000,00;20000,00"),
        "{}",
        rows[1]
    );
    assert!(
        rows[3].ends_with(";110000,00;40000,00;137500,00;27500,00"),
        "{}",
        rows[3]
    );
}

#[test]
fn the_proposal_gives_the_customer_discount_and_the_total_to_pay() {
    let form = sold_deal();
    let priced = form.priced(ALL).unwrap();
    let p = proposal(&form, ALL, &priced, None);
    let discount = format!("Скидка (8,33%): {}", nb("−12 500,00 ₽"));
    assert_eq!(p.discount.as_deref(), Some(discount.as_str()));
    assert_eq!(p.total, format!("Итого: {}", nb("137 500,00 ₽")));
    let said = text(&p);
    assert!(
        !said.contains("70 000") && !said.contains("27 500"),
        "no partner figure: {said}"
    );
    let at_rrp = Form::new(ALL, "smart-soft", Lang::Ru);
    let p = proposal(&at_rrp, ALL, &at_rrp.priced(ALL).unwrap(), None);
    let total = format!("Итого: {}", nb("100 000,00 ₽"));
    assert_eq!((p.discount, p.total), (None, total));
}

#[test]
fn compare_shows_each_programme_s_margin_at_the_same_customer_price() {
    let form = sold_deal();
    let deals = deal_for_compare(&form, ALL).unwrap();
    let c = comparison(&form, ALL, &deals);
    assert_eq!(
        c.table.head.last().map(|h| h.label.as_str()),
        Some("Маржа при цене клиента")
    );
    let left = |key: &str| {
        let row = c.table.row(key).unwrap();
        row.cells.last().unwrap().text.clone()
    };
    // Authorized: 25 % and 15 %: net 75 000 + 42 500 = 117 500.
    assert_eq!(left("smart-soft/authorized"), nb("20 000,00 ₽"));
    assert_eq!(left("smart-soft/certified"), nb("27 500,00 ₽"));
    assert_eq!(
        left("directum/general"),
        "",
        "Directum sells no TING: no figure"
    );
    let mut plain_form = sold_deal();
    plain_form.edit(ALL, Edit::Price(String::new()));
    plain_form.edit(ALL, Edit::LineDiscount(1, String::new()));
    let c = comparison(&plain_form, ALL, &deals);
    assert_eq!(c.table.head.len(), 5, "no customer price, no column");
}

#[test]
fn a_bad_customer_field_is_named_and_the_deal_still_has_its_lines() {
    let mut form = sold_deal();
    form.edit(ALL, Edit::LineDiscount(0, "abc".into()));
    let errors = form.priced(ALL).unwrap_err();
    assert_eq!(errors[0].field, Field::LineDiscount(0));
    form.edit(ALL, Edit::LineDiscount(1, "150".into()));
    let errors = form.priced(ALL).unwrap_err();
    assert_eq!(
        (&errors[1].field, errors[1].message.as_str()),
        (&Field::LineDiscount(1), "Скидка клиенту — от 0 до 100 %")
    );
    form.edit(ALL, Edit::LineDiscount(0, String::new()));
    form.edit(ALL, Edit::PriceMode(PriceMode::Amount));
    form.edit(ALL, Edit::Price("-5".into()));
    let errors = form.priced(ALL).unwrap_err();
    assert_eq!(errors[0].field, Field::Price);
    form.edit(ALL, Edit::Price("100000".into()));
    form.edit(ALL, Edit::Target("100".into()));
    let errors = form.priced(ALL).unwrap_err();
    assert_eq!(
        (&errors[0].field, errors[0].message.as_str()),
        (
            &Field::Target,
            "Целевая маржа: процент от 0 до 99,99 или сумма не меньше 0"
        ),
        "the engine's refusal next to its field"
    );
    form.edit(ALL, Edit::Target(String::new()));
    match form.priced(ALL).unwrap() {
        Pricing::Deal(d) => {
            let c = d.customer.unwrap();
            assert!(c.lines.is_empty(), "an amount is the deal's");
            assert_eq!(c.margin_left.unwrap().to_string(), "-10000.00");
            assert!(c.below_net);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_documents_rules_on_the_customer_price_are_shown_beside_it() {
    let rules = |vendor: &str, lang: Lang| {
        let form = Form::new(ALL, vendor, lang);
        controls(&form, ALL).selling.rules
    };
    let smart = rules("smart-soft", Lang::Ru);
    assert!(
        smart[0].starts_with("Документ называет розничную цену фиксированной"),
        "{smart:?}"
    );
    let asoft = rules("asoft", Lang::En);
    assert!(
        asoft[0].contains("agree discounts for end customers with ASoft"),
        "{asoft:?}"
    );
    assert!(asoft[1].contains("20 %"), "{asoft:?}");
    let bitrix = rules("bitrix-kz", Lang::Ru);
    assert!(
        bitrix[0].contains("итоговую стоимость лицензий"),
        "{bitrix:?}"
    );
    for vendor in ["directum", "stakhanovets"] {
        assert_eq!(
            rules(vendor, Lang::Ru)[0],
            "Документ программы не устанавливает правил о цене для клиента.",
            "{vendor}: no rule is invented"
        );
    }
    assert!(
        smart.last().unwrap().contains("уменьшает маржу партнера"),
        "how the calculator treats the discount"
    );
}

#[test]
fn a_discount_of_100_is_taken_and_one_of_a_single_line_is_the_deal_s() {
    let mut form = Form::new(ALL, "smart-soft", Lang::Ru);
    form.edit(ALL, Edit::Price("100".into()));
    let sold = |f: &Form| f.priced(ALL).unwrap().customer().unwrap().selling_total;
    assert_eq!(sold(&form).to_string(), "0.00", "given away");
    form.edit(ALL, Edit::Price("100,01".into()));
    let errors = form.priced(ALL).unwrap_err();
    assert_eq!(
        (&errors[0].field, errors[0].message.as_str()),
        (&Field::Price, "Скидка клиенту — от 0 до 100 %")
    );
    // Empty in amount mode: the RRP, with a target still sought.
    form.edit(ALL, Edit::PriceMode(PriceMode::Amount));
    form.edit(ALL, Edit::Price(String::new()));
    form.edit(ALL, Edit::Target("10".into()));
    assert_eq!(sold(&form).to_string(), "100000.00");
    form.edit(ALL, Edit::Target(String::new()));
    form.edit(ALL, Edit::PriceMode(PriceMode::Discount));
    // A line's own discount counts only in a deal of several lines.
    form.edit(ALL, Edit::Price("10".into()));
    form.edit(ALL, Edit::LineDiscount(0, "50".into()));
    assert_eq!(
        sold(&form).to_string(),
        "90000.00",
        "the deal's 10 %, not 50 %"
    );
    let c = controls(&form, ALL);
    let ids: Vec<&str> = c.lines[0].fields.iter().map(|f| f.id.as_str()).collect();
    assert!(
        !ids.contains(&"discount"),
        "no line discount field for one line: {ids:?}"
    );
}

#[test]
fn compare_prices_an_amount_only_in_its_own_currency() {
    let mut form = Form::new(ALL, "smart-soft", Lang::Ru);
    form.edit(ALL, Edit::PriceMode(PriceMode::Amount));
    form.edit(ALL, Edit::Price("90000".into()));
    let deals = deal_for_compare(&form, ALL).unwrap();
    let c = comparison(&form, ALL, &deals);
    let left = |key: &str| c.table.row(key).unwrap().cells.last().unwrap().text.clone();
    // Authorized: 25 % of 100 000, so 75 000 net; sold for 90 000.
    assert_eq!(left("smart-soft/authorized"), nb("15 000,00 ₽"));
    assert_eq!(left("bitrix-kz/basic"), "", "roubles are not tenge");
    form.edit(ALL, Edit::PriceMode(PriceMode::Discount));
    form.edit(ALL, Edit::Price("10".into()));
    let c = comparison(&form, ALL, &deals);
    let left = |key: &str| c.table.row(key).unwrap().cells.last().unwrap().text.clone();
    assert_eq!(
        left("bitrix-kz/basic"),
        "по согласованию с вендором",
        "a discount applies anywhere"
    );
}

#[test]
fn the_customer_controls_read_and_make_their_edits() {
    let form = sold_deal();
    let c = controls(&form, ALL);
    let own = c.lines[1]
        .fields
        .iter()
        .find(|f| f.id == "discount-2")
        .expect("line 2's own discount");
    assert_eq!(own.input.line_value(&form.lines[1]).as_deref(), Some("5"));
    assert_eq!(own.input.value(&form), "5");
    assert_eq!(
        own.input.edit("7".into()),
        Some(Edit::LineDiscount(1, "7".into()))
    );
    let quantity = &c.lines[1]
        .fields
        .iter()
        .find(|f| f.id == "quantity-2")
        .unwrap()
        .input;
    assert_eq!(quantity.line_value(&form.lines[1]).as_deref(), Some("1"));
    let modes: Vec<_> = [&c.selling.price[0], &c.selling.target[0]]
        .iter()
        .map(|m| (m.input.value(&form), m.input.edit("amount".into())))
        .collect();
    assert_eq!(
        modes,
        [
            ("discount".into(), Some(Edit::PriceMode(PriceMode::Amount))),
            ("percent".into(), Some(Edit::TargetMode(TargetMode::Amount)))
        ]
    );
    assert_eq!(
        c.selling.price[0].input.edit("discount".into()),
        Some(Edit::PriceMode(PriceMode::Discount))
    );
    assert_eq!(
        c.selling.price[1].input.edit("12".into()),
        Some(Edit::Price("12".into()))
    );
    assert_eq!(
        c.selling.target[1].input.edit("3".into()),
        Some(Edit::Target("3".into()))
    );
}
