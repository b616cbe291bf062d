//! Component tests in a real browser (wasm-bindgen-test, headless Chromium):
//! the widget renders the documents' numbers, follows the user's input,
//! keeps the last valid quote on bad input and switches language.
#![cfg(target_arch = "wasm32")]

use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use partner_calc::programmes::ALL;
use partner_calc::ui::Calculator;
use partner_calc::widget::options::Widget;
use partner_calc::widget::platform::Platform;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Numbers the widgets mounted by the tests.
static WIDGETS: AtomicUsize = AtomicUsize::new(0);

/// Mounts a calculator for `vendor`, on no platform, into a fresh element
/// and returns it.
fn mount(vendor: &'static str) -> HtmlElement {
    let host: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    let uid = WIDGETS.fetch_add(1, Ordering::Relaxed);
    let state = RwSignal::new(Widget::new(ALL, vendor));
    let platform: Rc<dyn Platform> = Rc::new(());
    mount_to(
        host.clone(),
        move || view! { <Calculator state uid platform=platform.clone() /> },
    )
    .forget();
    host
}

fn find<T: JsCast>(host: &HtmlElement, selector: &str) -> T {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector}"))
        .unchecked_into()
}

fn text(host: &HtmlElement, selector: &str) -> String {
    find::<HtmlElement>(host, selector)
        .text_content()
        .unwrap_or_default()
        .replace('\u{a0}', " ")
}

fn bubbling(kind: &str) -> Event {
    let init = EventInit::new();
    init.set_bubbles(true);
    Event::new_with_event_init_dict(kind, &init).unwrap()
}

async fn type_into(host: &HtmlElement, selector: &str, value: &str) {
    let input: HtmlInputElement = find(host, selector);
    input.set_value(value);
    input.dispatch_event(&bubbling("input")).unwrap();
    tick().await;
}

async fn choose(host: &HtmlElement, selector: &str, value: &str) {
    let select: HtmlSelectElement = find(host, selector);
    select.set_value(value);
    select.dispatch_event(&bubbling("change")).unwrap();
    tick().await;
}

#[wasm_bindgen_test]
async fn stakhanovets_white_takes_ten_percent_off_rrp() {
    let host = mount("stakhanovets");
    tick().await;
    let id = find::<HtmlElement>(&host, "select").id();
    let prefix = id.trim_end_matches("-vendor").to_string();
    type_into(&host, &format!("#{prefix}-quantity"), "10").await;
    type_into(&host, &format!("#{prefix}-price"), "100 000").await;
    assert_eq!(text(&host, "[data-testid=net]"), "900 000,00 ₽");
    assert_eq!(text(&host, "[data-testid=margin]"), "100 000,00 ₽ · 10%");
    choose(&host, &format!("#{prefix}-tier"), "silver").await;
    assert_eq!(text(&host, "[data-testid=net]"), "700 000,00 ₽");
    choose(&host, &format!("#{prefix}-tier"), "trusted").await;
    assert_eq!(
        text(&host, "[data-testid=net]"),
        "по согласованию с вендором"
    );
}

#[wasm_bindgen_test]
async fn bad_input_shows_a_message_and_keeps_the_last_quote() {
    let host = mount("smart-soft");
    tick().await;
    let prefix = find::<HtmlElement>(&host, "select")
        .id()
        .trim_end_matches("-vendor")
        .to_string();
    type_into(&host, &format!("#{prefix}-quantity"), "4").await;
    assert_eq!(
        text(&host, "[data-testid=net]"),
        "300 000,00 ₽",
        "25 % off 4 × 100 000"
    );
    type_into(&host, &format!("#{prefix}-quantity"), "abc").await;
    let input: HtmlInputElement = find(&host, &format!("#{prefix}-quantity"));
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let error: HtmlElement = find(&host, &format!("#{prefix}-quantity-error"));
    assert!(!error.hidden());
    assert_eq!(
        text(&host, &format!("#{prefix}-quantity-error")),
        "Это не число: используйте цифры, пробелы и запятую"
    );
    assert_eq!(
        text(&host, "[data-testid=net]"),
        "300 000,00 ₽",
        "the last valid quote stays"
    );
}

#[wasm_bindgen_test]
async fn english_switch_formats_money_the_english_way() {
    let host = mount("asoft");
    tick().await;
    let en: HtmlElement = find(&host, "button[data-testid=lang-en]");
    en.click();
    tick().await;
    assert_eq!(
        text(&host, "[data-testid=net]"),
        "RUB 90,000.00",
        "Retail: 10 % off 100 000"
    );
    assert!(text(&host, "label").starts_with("Vendor"));
}

#[wasm_bindgen_test]
async fn bitrix_is_priced_by_agreement_in_tenge() {
    let host = mount("bitrix-kz");
    tick().await;
    assert_eq!(
        text(&host, "[data-testid=net]"),
        "по согласованию с вендором"
    );
    assert!(text(&host, "[data-testid=waterfall]").contains("100 000,00 ₸"));
    assert!(text(&host, "[data-testid=caveats]").contains("согласуется с 1С-Битрикс Казахстан"));
}

#[wasm_bindgen_test]
async fn two_instances_have_distinct_ids() {
    let a = mount("directum");
    let b = mount("directum");
    tick().await;
    let id_a = find::<HtmlElement>(&a, "select").id();
    let id_b = find::<HtmlElement>(&b, "select").id();
    assert_ne!(id_a, id_b);
}

#[wasm_bindgen_test]
async fn a_widget_removed_in_the_task_that_mounted_it_leaves_nothing_running() {
    // As a host does with mount() then destroy() in one script: the view is
    // dropped and the state disposed before any effect has run.
    let host: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    let uid = WIDGETS.fetch_add(1, Ordering::Relaxed);
    let state = RwSignal::new(Widget::new(ALL, "bitrix-kz"));
    let platform: Rc<dyn Platform> = Rc::new(());
    let view = mount_to(
        host.clone(),
        move || view! { <Calculator state uid platform=platform.clone() /> },
    );
    drop(view);
    state.dispose();
    tick().await;
    tick().await;
    assert_eq!(host.child_element_count(), 0);
}
