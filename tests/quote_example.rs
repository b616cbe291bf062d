//! `cargo run --example quote`: the example is thin; its logic
//! (`examples/quote/run.rs`) is tested here. A single request prints a
//! quote; a request with `lines` prints the deal, with its totals and each
//! line's quote (002_fb8fab4bee64a05e.txt: Certified 30 % on Traffic
//! Inspector, 20 % on TING); refusals are worded in English.

#[path = "../examples/quote/run.rs"]
mod run;

use serde_json::Value;

fn priced(input: &str) -> Value {
    serde_json::from_str(&run::run(input).expect("the request prices")).expect("JSON")
}

#[test]
fn a_deal_prints_its_totals_and_every_line() {
    let deal = priced(
        r#"{ "vendor": "smart-soft", "tier": "certified", "lines": [
            { "product": "ti_software", "quantity": "10", "unit_price": "10000" },
            { "product": "ting", "quantity": 1, "unit_price": 50000 } ] }"#,
    );
    assert_eq!(deal["list_total"], "150000.00");
    assert_eq!(deal["net_total"], "110000.00");
    let lines = deal["lines"].as_array().expect("lines");
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["product"], "ti_software");
    assert_eq!(lines[0]["net_total"], "70000.00");
    assert_eq!(lines[1]["net_total"], "40000.00");
    assert_eq!(deal["next_tier"]["tier"], "privileged");
}

#[test]
fn a_single_request_prints_a_quote() {
    let quote = priced(
        r#"{ "vendor": "asoft", "tier": "competency", "product": "crm_licences",
             "quantity": "10", "unit_price": "100000" }"#,
    );
    assert_eq!(quote["list_total"], "1000000.00");
    assert_eq!(quote["net_total"], "800000.00");
    assert!(quote.get("lines").is_none());
}

#[test]
fn the_next_tier_is_the_first_threshold_the_sales_do_not_meet() {
    // 001_af8adf79e3372de8.txt: Bronze from 150 000, Silver from 500 000,
    // Gold from 5 000 000 ₽ over 12 months in vendor money.
    let quote = priced(
        r#"{ "vendor": "stakhanovets", "tier": "white", "product": "licences",
             "quantity": 1, "unit_price": 10000, "sales_last_12_months": 600000 }"#,
    );
    assert_eq!(quote["next_tier"]["tier"], "gold");
    assert_eq!(quote["next_tier"]["remaining"], "4400000");
    assert_eq!(quote["next_tier"]["met"][0]["tier"], "bronze");
    assert_eq!(quote["next_tier"]["met"][1]["tier"], "silver");
}

#[test]
fn refusals_are_worded_in_english() {
    let refused = run::run(r#"{ "vendor": "asoft", "tier": "retail", "lines": [] }"#);
    assert_eq!(refused, Err("The deal has no lines".to_string()));
    let refused = run::run("{ nope");
    assert!(refused.unwrap_err().starts_with("invalid request: "));
}
