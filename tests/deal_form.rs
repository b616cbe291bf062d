//! The widget's deal of several lines: built by edits as a person builds
//! it, priced with figures worked out by hand from the documents, shown
//! line by line, copied, read from a host; a one-line deal stays the
//! single quote on every parity case.

mod support;
use partner_calc::engine::{quote, ChoiceValue, DealQuote};
use partner_calc::model::Lang;
use partner_calc::programmes::ALL;
use partner_calc::widget::form::{Choice, Edit, Field, Form, Pricing};
use partner_calc::widget::host::{deal, is_deal};
use partner_calc::widget::options::{read, Widget};
use partner_calc::widget::view::compare::{comparison, deal as deal_for_compare};
use partner_calc::widget::view::controls::{added, controls, removed};
use partner_calc::widget::view::csv::{csv, data_url, file_name};
use partner_calc::widget::view::proposal::{proposal, text};
use partner_calc::widget::view::{cards::cards, deal as deal_view, plain::plain, waterfall};
use partner_calc::widget::Message;
use support::{d, host};

/// ASoft at Competency (003): line 1 CRM licences 10 × 15 000 (20 %, §
/// "Скидки партнерам"), line 2 updates priced at 20 % of line 1's delivery
/// (§ 6) with the partner's reward typed as 50 % (up to 50 %), line 3
/// own-use licences 2 × 15 000 with 40 % (up to 50 %); the sales-plan bonus
/// (10 %, paid later, § 9) set once for the deal.
fn asoft_deal() -> Form {
    let mut form = Form::new(ALL, "asoft", Lang::Ru);
    for edit in [
        Edit::Tier("competency".into()),
        Edit::Quantity(0, "10".into()),
        Edit::UnitPrice(0, "15 000".into()),
        Edit::AddLine,
        Edit::Product(1, "updates".into()),
        Edit::Choice(Some(1), "reward".into(), Choice::Percent("50".into())),
        Edit::AddLine,
        Edit::Product(2, "internal_use".into()),
        Edit::Quantity(2, "2".into()),
        Edit::UnitPrice(2, "15000".into()),
        Edit::Choice(Some(2), "internal_use".into(), Choice::Percent("40".into())),
        Edit::Choice(None, "plan".into(), Choice::Bonus(true)),
    ] {
        form.edit(ALL, edit);
    }
    form
}

fn deal_of(form: &Form) -> DealQuote {
    match form.priced(ALL) {
        Ok(Pricing::Deal(deal)) => deal,
        other => panic!("a deal of several lines: {other:?}"),
    }
}

#[test]
fn an_asoft_deal_of_three_lines_prices_as_worked_out_by_hand() {
    let form = asoft_deal();
    assert_eq!(
        form.lines[1].share_of,
        Some(0),
        "updates follow the licences"
    );
    let deal = deal_of(&form);
    let list: Vec<String> = deal
        .lines
        .iter()
        .map(|q| q.list_total.to_string())
        .collect();
    // 10 × 15 000; 20 % of 150 000; 2 × 15 000.
    assert_eq!(list, ["150000.00", "30000.00", "30000.00"]);
    let net: Vec<String> = deal
        .lines
        .iter()
        .map(|q| q.net_total.unwrap().to_string())
        .collect();
    // −20 %; −50 %; −40 %.
    assert_eq!(net, ["120000.00", "15000.00", "18000.00"]);
    assert_eq!(deal.list_total, d("210000.00"));
    assert_eq!(deal.net_total, Some(d("153000.00")));
    assert_eq!(deal.margin, Some(d("57000.00")));
    // 57 000 / 210 000 = 27.142…; the plan bonus is 10 % of 150 000, later.
    assert_eq!(deal.effective_discount_percent, Some(d("27.14")));
    assert_eq!(deal.paid_later_total, d("15000.00"));
    assert_eq!(deal.total_benefit_percent, Some(d("34.29")));
}

#[test]
fn the_deal_is_shown_line_by_line_and_in_total() {
    let form = asoft_deal();
    let priced = form.priced(ALL).unwrap();
    let table = deal_view::table(&form, ALL, &priced).expect("a lines table");
    let rows: Vec<Vec<String>> = table
        .rows
        .iter()
        .map(|r| {
            r.cells
                .iter()
                .map(|c| c.text.replace('\u{a0}', " "))
                .collect()
        })
        .collect();
    let heads: Vec<&str> = table.head.iter().map(|h| h.label.as_str()).collect();
    assert_eq!(
        heads[4..],
        [
            "По РРЦ",
            "Партнерская скидка на лицензии",
            "Вознаграждение партнера от стоимости обновлений",
            "Скидка на лицензии для внутреннего использования",
            "Цена партнера",
            "Маржа партнера",
            "Итого выплачивается позже"
        ],
        "each invoice step of the deal, then what is paid later"
    );
    assert_eq!(
        rows[1],
        [
            "2",
            "Обновления для конечного клиента (от строки 1)",
            "1",
            "150 000,00 ₽",
            "30 000,00 ₽",
            "",
            "−15 000,00 ₽",
            "",
            "15 000,00 ₽",
            "15 000,00 ₽",
            "+0,00 ₽"
        ]
    );
    assert_eq!(
        rows[3][1..],
        [
            "Итого по сделке",
            "",
            "",
            "210 000,00 ₽",
            "−30 000,00 ₽",
            "−15 000,00 ₽",
            "−12 000,00 ₽",
            "153 000,00 ₽",
            "57 000,00 ₽",
            "+15 000,00 ₽"
        ]
    );
    let c = cards(&priced, Lang::Ru);
    assert_eq!(c.net.replace('\u{a0}', " "), "153 000,00 ₽");
    assert_eq!(c.margin.replace('\u{a0}', " "), "57 000,00 ₽ · 27,14%");
    let steps: Vec<String> = waterfall::table(&priced, Lang::En)
        .rows
        .iter()
        .map(|r| r.key.clone())
        .collect();
    assert_eq!(steps[0], "list");
    assert!(steps.contains(&"net".to_string()) && steps.contains(&"later:plan".to_string()));
    let copied = plain(&form, ALL, &[], &priced, Some("https://x/?a"));
    assert!(
        copied.contains("2. Продукт: Обновления для конечного клиента (от строки 1);"),
        "{copied}"
    );
    assert!(copied.contains("Итого по сделке; По РРЦ: 210"), "{copied}");
    assert!(copied.contains("Цена партнера −27,14%: 153"), "{copied}");
    assert!(copied.ends_with("https://x/?a\n"), "{copied}");
}

#[test]
fn a_share_follows_its_licence_line_and_a_removed_lead_lets_it_go() {
    let mut form = asoft_deal();
    form.edit(ALL, Edit::Quantity(0, "20".into()));
    assert_eq!(
        deal_of(&form).lines[1].list_total,
        d("60000.00"),
        "20 % of 300 000"
    );
    form.edit(ALL, Edit::DuplicateLine(0));
    assert_eq!(form.lines.len(), 4);
    assert_eq!(
        form.lines[2].share_of,
        Some(0),
        "still line 1 after the copy"
    );
    form.edit(ALL, Edit::RemoveLine(0));
    assert_eq!(
        form.lines[1].share_of,
        Some(0),
        "the copy of the licences leads now"
    );
    form.edit(ALL, Edit::RemoveLine(0));
    assert_eq!(
        form.lines[0].share_of, None,
        "no licence line: its own price"
    );
    assert_eq!(form.lines.len(), 2);
    assert!(form.priced(ALL).is_ok());
    form.edit(ALL, Edit::RemoveLine(0));
    form.edit(ALL, Edit::RemoveLine(0));
    assert_eq!(form.lines.len(), 1, "the last line stays");
    assert!(matches!(form.priced(ALL), Ok(Pricing::One(_))));
}

#[test]
fn the_form_of_a_deal_has_each_line_and_the_deal_wide_steps_once() {
    let form = asoft_deal();
    let c = controls(&form, ALL);
    let titles: Vec<&str> = c.lines.iter().map(|l| l.title.as_str()).collect();
    assert_eq!(titles, ["Строка 1", "Строка 2", "Строка 3"]);
    let ids = |i: usize| -> Vec<String> {
        let l = &c.lines[i];
        l.fields
            .iter()
            .chain(&l.steps)
            .map(|c| c.id.clone())
            .collect()
    };
    assert_eq!(ids(0), ["product", "quantity", "price"]);
    assert_eq!(
        ids(1),
        ["product-2", "follow-2", "step-reward-2"],
        "quantity 1, price from line 1"
    );
    assert_eq!(
        ids(2),
        ["product-3", "quantity-3", "price-3", "step-internal_use-3"]
    );
    let shared: Vec<&str> = c.shared.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        shared,
        [
            "step-reviews",
            "step-plan",
            "step-specialists",
            "step-events"
        ]
    );
    assert_eq!(c.lines[1].remove, "Удалить строку 2");
    assert_eq!(added(Lang::En, 2), "Line 3 added");
    assert_eq!(
        removed(Lang::Ru, 1, 2),
        "Строка 2 удалена, строк в сделке: 2"
    );
    let mut full = Form::new(ALL, "asoft", Lang::En);
    while full.add_line(ALL) {}
    assert_eq!(full.lines.len(), 50);
    let c = controls(&full, ALL);
    assert_eq!(
        c.add.1.as_deref(),
        Some("The deal already has 50 lines, the most it can have")
    );
}

#[test]
fn a_bad_field_on_one_line_is_marked_there_and_the_others_stay() {
    let mut form = asoft_deal();
    form.edit(ALL, Edit::Quantity(2, "два".into()));
    let errors = form.priced(ALL).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, Field::Quantity(2));
    form.edit(ALL, Edit::Quantity(2, "2".into()));
    form.edit(
        ALL,
        Edit::Choice(Some(2), "internal_use".into(), Choice::Percent("51".into())),
    );
    let errors = form.priced(ALL).unwrap_err();
    assert_eq!(errors[0].field, Field::Step(Some(2), "internal_use".into()));
    assert_eq!(errors[0].message, "Введите значение от 0 до 50 %");
}

#[test]
fn a_line_by_agreement_makes_the_deal_agreed_and_keeps_the_others() {
    let mut form = asoft_deal();
    form.edit(ALL, Edit::Tier("retail".into()));
    let deal = deal_of(&form);
    assert_eq!(
        deal.by_agreement,
        [1],
        "retail: no reward stated for updates"
    );
    assert_eq!(deal.net_total, None);
    let priced = form.priced(ALL).unwrap();
    let table = deal_view::table(&form, ALL, &priced).unwrap();
    let column = table
        .head
        .iter()
        .position(|h| h.label == "Цена партнера")
        .unwrap();
    let net: Vec<&str> = table
        .rows
        .iter()
        .map(|r| r.cells[column].text.as_str())
        .collect();
    assert_eq!(net[1], "по согласованию с вендором");
    assert_eq!(
        net[0].replace('\u{a0}', " "),
        "135 000,00 ₽",
        "10 % off 150 000"
    );
    assert_eq!(net[3], "по согласованию с вендором", "the total");
}

#[test]
fn the_next_tier_of_a_deal_says_what_is_left_before_and_after_it() {
    // Stakhanovets White with 100 000 sold: Bronze from 150 000 in vendor
    // money (001); this deal of two lines pays the vendor 90 000 + 45 000.
    let mut form = Form::new(ALL, "stakhanovets", Lang::En);
    form.edit(ALL, Edit::Sales("100000".into()));
    form.edit(ALL, Edit::AddLine);
    form.edit(ALL, Edit::UnitPrice(1, "50000".into()));
    let priced = form.priced(ALL).unwrap();
    let next = cards(&priced, Lang::En).next.replace('\u{a0}', " ");
    assert!(next.starts_with("Sell RUB 50,000.00 more"), "{next}");
    assert!(next.contains("This deal reaches the threshold."), "{next}");
    form.edit(ALL, Edit::Sales(String::new()));
    let next = cards(&form.priced(ALL).unwrap(), Lang::En).next;
    assert!(
        next.ends_with("Type the sales over 12 months to see what is left after this deal."),
        "{next}"
    );
}

#[test]
fn a_one_line_deal_in_the_widget_is_the_single_quote_on_every_parity_case() {
    let mut checked = 0;
    for request in support::parity::requests() {
        // A price of more than two decimals is a host's, never typed.
        let Some(single) = quote(ALL, &request)
            .ok()
            .filter(|_| request.unit_price.scale() <= 2)
        else {
            continue;
        };
        let mut form = Form::new(ALL, &request.vendor, Lang::En);
        form.edit(ALL, Edit::Tier(request.tier.clone()));
        form.edit(ALL, Edit::Product(0, request.product.clone()));
        if let Some(s) = &request.situation {
            form.edit(ALL, Edit::Situation(0, s.clone()));
        }
        form.edit(ALL, Edit::Quantity(0, request.quantity.to_string()));
        form.edit(ALL, Edit::UnitPrice(0, request.unit_price.to_string()));
        if let Some(sales) = request.sales_last_12_months {
            form.edit(ALL, Edit::Sales(sales.to_string()));
        }
        let wide: Vec<String> = form
            .controls(ALL, 0)
            .iter()
            .filter(|c| c.deal_wide)
            .map(|c| c.id.to_string())
            .collect();
        for (step, value) in request.choices.iter() {
            let at = (!wide.contains(&step.to_string())).then_some(0);
            let choice = match value {
                ChoiceValue::Percent(p) => Choice::Percent(p.to_string()),
                ChoiceValue::On(on) => Choice::Bonus(*on),
                ChoiceValue::Pick(id) => Choice::Pick(id.clone()),
            };
            form.edit(ALL, Edit::Choice(at, step.to_string(), choice));
        }
        assert_eq!(form.priced(ALL), Ok(Pricing::One(single)), "{request:?}");
        checked += 1;
    }
    assert!(checked > 300, "{checked} cases");
}

#[test]
fn a_host_deal_is_read_and_its_errors_name_the_line() {
    let json = serde_json::json!({
        "vendor": "asoft",
        "tier": "competency",
        "lines": [
            { "product": "crm_licences", "quantity": 10, "unit_price": "15000" },
            { "product": "updates", "quantity": 1, "share_of": 0,
              "choices": { "reward": { "percent": 50 } } }
        ]
    });
    let value = host(&json);
    assert!(is_deal(&value));
    let request = deal(&value).unwrap();
    assert_eq!(request.lines[1].share_of, Some(0));
    let priced = partner_calc::engine::quote_deal(ALL, &request).unwrap();
    assert_eq!(priced.net_total, Some(d("135000.00")), "120 000 + 15 000");
    let bad = serde_json::json!({
        "vendor": "asoft", "tier": "competency",
        "lines": [ { "product": "crm_licences", "quantity": 1, "unit_price": 1 },
                   { "product": "crm_licences", "quantity": "two", "unit_price": 1 } ]
    });
    let error = deal(&host(&bad)).unwrap_err();
    assert_eq!(
        error.message(Lang::En),
        "Line 2: «quantity»: a number or a decimal string like \"1500.50\" is expected"
    );
    let missing = serde_json::json!({ "vendor": "asoft", "tier": "competency" });
    assert!(deal(&host(&missing))
        .unwrap_err()
        .message(Lang::En)
        .contains("lines"));
}

#[test]
fn a_host_presets_the_lines_and_a_reset_goes_back_to_them() {
    let options = serde_json::json!({
        "vendor": "asoft",
        "prices": { "crm_licences": 15000 },
        "lines": [
            { "product": "crm_licences", "quantity": 10 },
            { "product": "updates", "share_of": 0 },
            { "product": "internal_use", "quantity": 2, "unit_price": "9999.5" }
        ]
    });
    let (o, problems) = read(&host(&options));
    assert_eq!(problems, []);
    let mut w = Widget::new(ALL, "");
    w.configure(o, Vec::new());
    let lines: Vec<(&str, &str, &str, Option<usize>)> = w
        .form
        .lines
        .iter()
        .map(|l| (&*l.product, &*l.quantity, &*l.unit_price, l.share_of))
        .collect();
    assert_eq!(
        lines,
        [
            ("crm_licences", "10", "15\u{a0}000", None),
            ("updates", "1", "100000", Some(0)),
            ("internal_use", "2", "9\u{a0}999,5", None)
        ]
    );
    w.edit(Edit::RemoveLine(2));
    w.reset();
    assert_eq!(w.form.lines.len(), 3);
    let unknown = serde_json::json!({ "lines": [ { "product": "nope" } ] });
    let (o, problems) = read(&host(&unknown));
    w.configure(o, problems);
    assert_eq!(w.messages(), ["В программе нет продукта «nope»"]);
    assert_eq!(w.form.lines.len(), 3, "the preset stays");
}

#[test]
fn the_csv_file_has_a_row_per_line_and_the_totals_in_each_language() {
    let mut form = asoft_deal();
    let priced = form.priced(ALL).unwrap();
    let ru = csv(&form, ALL, &priced);
    let rows: Vec<&str> = ru.split("\r\n").collect();
    assert!(
        rows[0].starts_with(
            "\u{feff}№;Продукт;Кол-во;Цена за ед. (РРЦ);По РРЦ;Партнерская скидка на лицензии;"
        ),
        "{}",
        rows[0]
    );
    assert!(
        rows[0].ends_with(";Цена партнера;Маржа партнера"),
        "{}",
        rows[0]
    );
    // Line 1: 150 000 at RRP, −30 000 (20 %), the plan bonus +15 000 later.
    assert!(rows[1].starts_with("1;"), "{}", rows[1]);
    assert!(
        rows[1].contains(";10;15000,00;150000,00;-30000,00;"),
        "{}",
        rows[1]
    );
    assert!(rows[1].contains(";15000,00;"), "the bonus: {}", rows[1]);
    assert!(rows[1].ends_with(";120000,00;30000,00"), "{}", rows[1]);
    assert!(
        rows[2].ends_with(";-15000,00;;15000,00;15000,00"),
        "updates: {}",
        rows[2]
    );
    assert!(
        rows[3].ends_with(";;-12000,00;18000,00;12000,00"),
        "own use: {}",
        rows[3]
    );
    assert!(
        rows[4].starts_with(";Итого по сделке;;;210000,00;-30000,00;"),
        "{}",
        rows[4]
    );
    assert!(
        rows[4].ends_with(";-15000,00;-12000,00;153000,00;57000,00"),
        "{}",
        rows[4]
    );
    assert_eq!(rows[5], "", "each row ends with CRLF");
    form.lang = Lang::En;
    let en = csv(&form, ALL, &form.priced(ALL).unwrap());
    let rows: Vec<&str> = en.split("\r\n").collect();
    assert!(
        rows[0].starts_with("#,Product,Qty,Unit price (RRP),At RRP,Partner licence discount,"),
        "no BOM in English: {}",
        rows[0]
    );
    assert!(
        rows[4].starts_with(",Deal total,,,210000.00,-30000.00,"),
        "{}",
        rows[4]
    );
    assert!(rows[4].ends_with(",153000.00,57000.00"), "{}", rows[4]);
    assert_eq!(
        file_name(&form, Some("2026-12-07")),
        "partner-calc-asoft-competency-2026-12-07.csv"
    );
    assert!(data_url("a;b\r\n").ends_with(",a%3Bb%0D%0A"));
}

#[test]
fn the_customers_proposal_shows_the_price_to_pay_and_no_partner_figure() {
    let mut form = asoft_deal();
    form.edit(ALL, Edit::Customer("ООО «Ромашка»".into()));
    form.edit(ALL, Edit::Partner("ИП Иванов".into()));
    form.edit(ALL, Edit::ValidDays("14".into()));
    let priced = form.priced(ALL).unwrap();
    let p = proposal(&form, ALL, &priced, Some("2026-12-07"));
    assert_eq!(
        p.header,
        [
            "Клиент: ООО «Ромашка»",
            "Поставщик: ИП Иванов",
            "Дата: 07.12.2026"
        ]
    );
    let said = text(&p).replace('\u{a0}', " ");
    for part in [
        "Коммерческое предложение\n",
        "1. Лицензии ASoft CRM (все редакции): 10 × 15 000,00 ₽ = 150 000,00 ₽\n",
        "2. Обновления для конечного клиента: 1 × 30 000,00 ₽ = 30 000,00 ₽\n",
        "3. ",
        "Итого: 210 000,00 ₽\n",
        "Предложение действительно 14 дн. с даты составления.\n",
    ] {
        assert!(said.contains(part), "{part:?} in {said}");
    }
    for partner_only in ["Цена партнера", "Маржа", "скидк", "153 000", "57 000"]
    {
        assert!(!said.contains(partner_only), "{partner_only:?} in {said}");
    }
    let query = partner_calc::widget::url::encode(&form);
    let (back, ignored) = partner_calc::widget::url::decode(ALL, &query);
    assert_eq!((back, ignored), (form, vec![]), "the link keeps the names");
}

#[test]
fn compare_prices_the_deal_everywhere_and_says_which_lines_are_not_sold() {
    // Smart-Soft Certified (002): Traffic Inspector 10 × 10 000 at 30 %, a TING
    // appliance at 50 000 with 20 %: 70 000 + 40 000.
    let mut form = Form::new(ALL, "smart-soft", Lang::En);
    form.edit(ALL, Edit::Tier("certified".into()));
    form.edit(ALL, Edit::Quantity(0, "10".into()));
    form.edit(ALL, Edit::UnitPrice(0, "10000".into()));
    form.edit(ALL, Edit::AddLine);
    form.edit(ALL, Edit::Product(1, "ting".into()));
    form.edit(ALL, Edit::UnitPrice(1, "50000".into()));
    let deals = deal_for_compare(&form, ALL).unwrap();
    assert_eq!(deals.len(), 2);
    let c = comparison(&form, ALL, &deals);
    let row = |id: &str| {
        c.table
            .rows
            .iter()
            .find(|r| r.key == id)
            .unwrap_or_else(|| panic!("{id}"))
            .cells
            .iter()
            .map(|c| (c.text.replace('\u{a0}', " "), c.badge.clone()))
            .collect::<Vec<_>>()
    };
    let certified = row("smart-soft/certified");
    assert_eq!(certified[2].0, "RUB 110,000.00");
    assert_eq!(certified[0].1.as_deref(), Some("your tier"));
    // ASoft sells software but no appliance: its row prices line 1 alone and says so.
    let asoft = row("asoft/retail");
    assert_eq!(asoft[0].1.as_deref(), Some("does not sell line 2"));
    assert_eq!(
        asoft[2].0, "RUB 90,000.00",
        "10 % off 100 000, nothing for line 2"
    );
}

#[test]
fn a_new_line_of_a_product_takes_its_deal_wide_situation() {
    // Directum (000, note 3): Directum's part in the sale describes the whole sale,
    // one situation for every licence line.
    let mut form = Form::new(ALL, "directum", Lang::En);
    form.edit(ALL, Edit::Situation(0, "joint_sale".into()));
    form.edit(ALL, Edit::AddLine);
    assert_eq!(form.lines[1].product, "licences");
    assert_eq!(
        form.lines[1].situation, "joint_sale",
        "the deal's situation"
    );
    form.edit(ALL, Edit::Product(1, "training".into()));
    form.edit(ALL, Edit::Product(1, "licences".into()));
    assert_eq!(form.lines[1].situation, "joint_sale", "back to licences");
    form.edit(ALL, Edit::Situation(1, "own_sale".into()));
    assert_eq!(
        form.lines[0].situation, "own_sale",
        "set once, for every line"
    );
}

#[test]
fn an_edit_of_a_line_that_does_not_exist_changes_nothing() {
    let mut form = asoft_deal();
    let before = form.clone();
    for edit in [
        Edit::Quantity(3, "5".into()),
        Edit::UnitPrice(3, "5".into()),
        Edit::Follow(3, None),
        Edit::Choice(Some(3), "reward".into(), Choice::Percent("5".into())),
        Edit::Product(7, "updates".into()),
        Edit::Situation(7, "standard".into()),
        Edit::DuplicateLine(9),
        Edit::RemoveLine(9),
    ] {
        form.edit(ALL, edit);
    }
    assert_eq!(form, before);
    form.edit(ALL, Edit::Follow(1, None));
    assert_eq!(form.lines[1].share_of, None, "its own price now");
    form.edit(ALL, Edit::Follow(1, Some(2)));
    assert_eq!(
        form.lines[1].share_of, None,
        "line 3 is no licence line to follow"
    );
    form.edit(ALL, Edit::Follow(1, Some(0)));
    assert_eq!(form.lines[1].share_of, Some(0));
}

#[test]
fn a_host_request_is_a_deal_only_with_lines_and_its_lines_are_checked() {
    let single = serde_json::json!({ "vendor": "asoft", "tier": "retail", "product": "crm_licences", "quantity": 1, "unit_price": 1 });
    assert!(!is_deal(&host(&single)));
    let line = serde_json::json!({ "product": "crm_licences", "quantity": 1, "unit_price": 1 });
    let deal_of = |n: usize| serde_json::json!({ "vendor": "asoft", "tier": "retail", "lines": vec![line.clone(); n] });
    assert_eq!(deal(&host(&deal_of(50))).map(|d| d.lines.len()), Ok(50));
    let too_many = deal(&host(&deal_of(51))).unwrap_err();
    assert_eq!(too_many.message(Lang::En), "«lines»: at most 50 items");
    let share = |v: serde_json::Value| {
        let json = serde_json::json!({ "vendor": "asoft", "tier": "competency", "lines": [
            line.clone(), { "product": "updates", "quantity": 1, "share_of": v } ] });
        deal(&host(&json)).map(|d| d.lines[1].share_of)
    };
    assert_eq!(share(serde_json::json!(0)), Ok(Some(0)));
    assert_eq!(
        share(serde_json::Value::Null)
            .unwrap_err()
            .message(Lang::En),
        "Line 2: «unit_price»: missing",
        "no share: a price is needed"
    );
    assert!(
        share(serde_json::json!(1.5)).is_err(),
        "a share of line 1.5"
    );
    assert!(share(serde_json::json!(-1)).is_err());
}

#[test]
fn the_hosts_price_fills_a_line_when_its_product_changes_and_keeps_what_was_typed() {
    let options = serde_json::json!({ "vendor": "asoft", "prices": { "crm_licences": 15000, "internal_use": 9000 } });
    let (o, problems) = read(&host(&options));
    assert_eq!(problems, []);
    let mut w = Widget::new(ALL, "");
    w.configure(o, Vec::new());
    assert_eq!(w.form.lines[0].unit_price, "15\u{a0}000");
    w.edit(Edit::UnitPrice(0, "14 500".into()));
    w.edit(Edit::AddLine);
    w.edit(Edit::Quantity(1, "3".into()));
    assert_eq!(w.form.lines[0].unit_price, "14 500", "a typed price stays");
    assert_eq!(
        w.form.lines[1].unit_price, "15\u{a0}000",
        "a new line gets the host's"
    );
    w.edit(Edit::Product(1, "internal_use".into()));
    assert_eq!(
        w.form.lines[1].unit_price, "9\u{a0}000",
        "a new product, its price"
    );
    assert_eq!(w.form.lines[0].unit_price, "14 500");
}

#[test]
fn preset_lines_are_read_with_care() {
    let read_lines = |v: serde_json::Value| {
        let (o, problems) = read(&host(&serde_json::json!({ "lines": v })));
        (o.lines.map(|l| l.len()), problems.len())
    };
    assert_eq!(
        read_lines(serde_json::Value::Null),
        (Some(0), 0),
        "null: back to one line"
    );
    let one = serde_json::json!({ "product": "licences", "quantity": null });
    assert_eq!(
        read_lines(serde_json::json!(vec![one.clone(); 50])),
        (Some(50), 0)
    );
    assert_eq!(
        read_lines(serde_json::json!(vec![one; 51])),
        (None, 1),
        "at most 50"
    );
    assert_eq!(
        read_lines(serde_json::json!({ "product": "licences" })),
        (None, 1),
        "a list"
    );
}

#[test]
fn the_next_tier_of_a_deal_words_each_reason_it_cannot_know_the_rest() {
    let said = |form: &Form| cards(&form.priced(ALL).unwrap(), Lang::En).next;
    // Smart-Soft (002): its yearly "sales" do not say at RRP or paid to the vendor.
    let mut form = Form::new(ALL, "smart-soft", Lang::En);
    form.edit(ALL, Edit::Sales("100000".into()));
    form.edit(ALL, Edit::AddLine);
    assert!(
        said(&form).contains("so this deal's share is unknown"),
        "{}",
        said(&form)
    );
    // Already past the threshold before the deal: nothing to say after it.
    form.edit(ALL, Edit::Sales("999999999".into()));
    let past = said(&form);
    assert!(
        !past.contains("share is unknown") && !past.contains("will be left"),
        "{past}"
    );
    // Стахановец White, 100 000 sold: after these two lines 15 000 is left to Bronze.
    let mut form = Form::new(ALL, "stakhanovets", Lang::En);
    form.edit(ALL, Edit::Sales("100000".into()));
    form.edit(ALL, Edit::UnitPrice(0, "20000".into()));
    form.edit(ALL, Edit::AddLine);
    form.edit(ALL, Edit::UnitPrice(1, "20000".into()));
    let left = said(&form).replace('\u{a0}', " ");
    assert!(
        left.contains("After this deal RUB 14,000.00 will be left."),
        "{left}"
    );
}

#[test]
fn a_deal_wide_situation_comes_from_a_line_of_the_same_product_and_copies_get_their_own_key() {
    let mut form = Form::new(ALL, "directum", Lang::En);
    form.edit(ALL, Edit::Product(0, "training".into()));
    form.edit(ALL, Edit::AddLine);
    form.edit(ALL, Edit::Situation(1, "joint_sale".into()));
    form.edit(ALL, Edit::AddLine);
    assert_eq!(
        (
            form.lines[2].product.as_str(),
            form.lines[2].situation.as_str()
        ),
        ("licences", "joint_sale"),
        "from line 2, the other licence line, not line 1 (training)"
    );
    form.edit(ALL, Edit::DuplicateLine(1));
    let keys: Vec<u32> = form.lines.iter().map(|l| l.key).collect();
    let mut unique = keys.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), keys.len(), "every line its own key: {keys:?}");
}
