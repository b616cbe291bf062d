//! 1С-Битрикс Казахстан (004_193c6adb431eeea7.txt): the document states no
//! discount figures; the licence price is agreed with the vendor before the
//! proposal (5.3). Prices are in tenge.

mod support;
use partner_calc::engine::CaveatKind;
use partner_calc::model::{Currency, Lang};
use partner_calc::widget::sentences::caveat;
use support::{check_table, d, price, request, row};

#[test]
fn every_bitrix_level_and_product_is_priced_by_agreement() {
    let mut rows = Vec::new();
    for tier in ["basic", "extended"] {
        for product in ["site_enterprise", "b24_enterprise", "enterprise_options"] {
            rows.push(row(tier, product, None));
        }
    }
    check_table("bitrix-kz", &rows, &[]);
}

#[test]
fn bitrix_shows_the_list_total_in_tenge_and_no_discount_figure() {
    let q = price(&request(
        "bitrix-kz",
        "extended",
        "b24_enterprise",
        "3",
        "2500000",
    ))
    .unwrap();
    assert_eq!(q.currency, Currency::Kzt);
    assert_eq!(q.list_total, d("7500000.00"));
    assert_eq!(q.net_total, None);
    assert_eq!(q.margin, None);
    assert_eq!(q.effective_discount_percent, None);
    assert!(q
        .steps
        .iter()
        .all(|s| s.percent.is_none() && s.amount.is_none()));
    let agreed = q
        .caveats
        .iter()
        .find(|c| c.kind == CaveatKind::ByAgreement)
        .unwrap();
    assert!(caveat(agreed, Lang::Ru).contains("согласуется с 1С-Битрикс Казахстан"));
    assert!(q.next_tier.is_none());
}

#[test]
fn basic_sees_what_extended_unlocks() {
    let next = price(&request("bitrix-kz", "basic", "site_enterprise", "1", "1"))
        .unwrap()
        .next_tier
        .unwrap();
    assert_eq!(next.tier, "extended");
    assert_eq!(next.threshold, None);
    assert!(next
        .unlocks
        .iter()
        .any(|f| f.text.en.starts_with("New leads")));
    assert!(next.requirements.iter().any(|f| f.source.section == "4.10"));
}
