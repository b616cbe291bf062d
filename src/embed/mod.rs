//! The embed's entry point: the `<partner-calc>` element (registered at
//! start), `mount(element, options)` with its [`Handle`], `quote(request)`
//! and `programmes()`. Its platform is the host element, which receives a
//! `partner-calc:quote` event for each new quote. Objects cross as plain JS
//! objects (see [`js`]).

mod js;

use crate::engine;
use crate::model::Lang;
use crate::programmes::ALL;
use crate::ui::Calculator;
use crate::widget::form::Pricing;
use crate::widget::host::{deal as read_deal, is_deal, request as read_request};
use crate::widget::listing::catalogue;
use crate::widget::options::{check as check_programme, read, Widget};
use crate::widget::platform::Platform;
use crate::widget::Message;
use js::{host, to_js};
use leptos::prelude::*;
use serde::Serialize;
use std::any::Any;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};

#[wasm_bindgen(module = "/src/embed/element.js")]
extern "C" {
    fn define(mount: &JsValue, css: &str);
    #[wasm_bindgen(catch)]
    fn shadow(host: &JsValue) -> Result<HtmlElement, JsValue>;
    fn clear(host: &Element);
    /// Dispatches a bubbling, composed `CustomEvent` at `host`.
    fn emit(host: &Element, name: &str, detail: &JsValue);
    /// The same, cancelable: false when the host called `preventDefault()`.
    fn ask(host: &Element, name: &str, detail: &JsValue) -> bool;
}

/// Numbers the widgets on a page so their element ids never clash.
static WIDGETS: AtomicUsize = AtomicUsize::new(0);

/// The host element around a widget.
struct Host(Element);

impl Platform for Host {
    /// Tells the host: `partner-calc:quote` with the quote as `detail`.
    fn quoted(&self, quote: &Pricing) {
        emit(&self.0, "partner-calc:quote", &to_js(quote));
    }

    /// Asks the host: a cancelable `partner-calc:cta` with `{ href, quote }`
    /// (`quote` `null` while the form does not price).
    fn cta(&self, href: &str, quote: Option<&Pricing>) -> bool {
        ask(
            &self.0,
            "partner-calc:cta",
            &to_js(&CtaDetail { href, quote }),
        )
    }
}

/// The `detail` of `partner-calc:cta`.
#[derive(Serialize)]
struct CtaDetail<'a> {
    href: &'a str,
    quote: Option<&'a Pricing>,
}

/// The `detail` of `partner-calc:error`.
#[derive(Serialize)]
struct ErrorDetail {
    message: String,
    errors: Vec<String>,
}

/// What `check()` returns.
#[derive(Serialize)]
struct ProgrammeCheck {
    ok: bool,
    errors: Vec<String>,
}

/// The API's types for the package's `.d.ts` (not in the wasm).
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("types.d.ts");

/// The widget's stylesheet, minified by `build.rs` from `public/widget.css`
/// (the standalone page links the file instead).
const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

/// Registers `<partner-calc>` when the module starts.
#[wasm_bindgen(start)]
pub fn start() {
    let mount = Closure::<dyn Fn(JsValue, JsValue) -> Result<Handle, JsValue>>::new(mount);
    define(&mount.into_js_value(), CSS);
}

/// A mounted widget: `update(options)` changes it, `destroy()` removes it.
#[wasm_bindgen]
pub struct Handle {
    mounted: Option<Mounted>,
}

struct Mounted {
    host: Element,
    state: RwSignal<Widget>,
    view: Box<dyn Any>,
}

/// Renders a widget into `element`'s (open) shadow root. `options`:
/// `{ vendor, tier, product, lang, compact, prices, programmes }`, all
/// optional; what cannot be applied is shown in the widget and reported by
/// a `partner-calc:error` event. Throws for anything but an element that
/// can have a shadow root.
#[wasm_bindgen]
pub fn mount(
    #[wasm_bindgen(unchecked_param_type = "Element")] element: JsValue,
    #[wasm_bindgen(unchecked_param_type = "PartnerCalcOptions | undefined")] options: JsValue,
) -> Result<Handle, JsValue> {
    let container = shadow(&element)?;
    let element: Element = element.unchecked_into();
    let (options, problems) = read(&host(&options));
    let given = options.given.clone();
    let mut widget = Widget::new(ALL, "");
    widget.configure(options, problems);
    let uid = WIDGETS.fetch_add(1, Ordering::Relaxed);
    report(&element, &widget, &given);
    let state = RwSignal::new(widget);
    let platform: Rc<dyn Platform> = Rc::new(Host(element.clone()));
    let view = leptos::mount::mount_to(container, move || {
        view! { <Calculator state uid platform=platform.clone() /> }
    });
    Ok(Handle {
        mounted: Some(Mounted {
            host: element,
            state,
            view: Box::new(view),
        }),
    })
}

#[wasm_bindgen]
impl Handle {
    /// Applies the options given (the others stay as they are).
    pub fn update(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "PartnerCalcOptions")] options: JsValue,
    ) {
        let Some(m) = &self.mounted else {
            return;
        };
        let (options, problems) = read(&host(&options));
        let given = options.given.clone();
        m.state.update(|w| w.configure(options, problems));
        m.state.with_untracked(|w| report(&m.host, w, &given));
    }

    /// Removes the widget: its nodes, stylesheet, listeners and state.
    pub fn destroy(&mut self) {
        if let Some(m) = self.mounted.take() {
            drop(m.view);
            m.state.dispose();
            clear(&m.host);
        }
    }
}

impl Drop for Handle {
    /// A handle the page lets go of (garbage-collected) keeps its widget.
    fn drop(&mut self) {
        if let Some(m) = self.mounted.take() {
            std::mem::forget(m.view);
        }
    }
}

/// Dispatches `partner-calc:error` when options named in `given` could not
/// be applied: `{ message, errors }` in the widget's language.
fn report(element: &Element, widget: &Widget, given: &[String]) {
    let errors: Vec<String> = widget
        .problems
        .iter()
        .filter(|(key, _)| given.contains(key) || key.is_empty())
        .map(|(_, e)| e.message(widget.form.lang))
        .collect();
    if !errors.is_empty() {
        let message = errors.join("; ");
        emit(
            element,
            "partner-calc:error",
            &to_js(&ErrorDetail { message, errors }),
        );
    }
}

/// Prices a request as the engine does: a single one, `{ vendor, tier,
/// product, situation?, quantity, unit_price, choices?,
/// sales_last_12_months? }`, or a deal, `{ vendor, tier, lines: [{ product,
/// situation?, quantity, unit_price, choices?, share_of? }],
/// sales_last_12_months? }`; amounts as numbers or decimal strings.
/// Returns the quote or the deal's quote (amounts as decimal strings, each
/// line's quote under `lines`); throws an `Error` with the engine's message
/// (naming the line of a deal: "Строка 2: …"), in Russian or in `lang`
/// (`"en"`).
#[wasm_bindgen(unchecked_return_type = "Quote | DealQuote")]
pub fn quote(
    #[wasm_bindgen(unchecked_param_type = "QuoteRequest | DealRequest")] request: JsValue,
    lang: Option<String>,
) -> Result<JsValue, JsError> {
    let lang = language(lang.as_deref());
    let value = host(&request);
    let refused = |message: String| JsError::new(&message);
    if is_deal(&value) {
        let deal = read_deal(&value).map_err(|e| refused(e.message(lang)))?;
        return engine::quote_deal(ALL, &deal)
            .map(|q| to_js(&q))
            .map_err(|e| refused(e.message(lang)));
    }
    let request = read_request(&value).map_err(|e| refused(e.message(lang)))?;
    engine::quote(ALL, &request)
        .map(|q| to_js(&q))
        .map_err(|e| refused(e.message(lang)))
}

/// `"en"` for English, Russian otherwise.
fn language(lang: Option<&str>) -> Lang {
    match lang {
        Some("en") => Lang::En,
        _ => Lang::Ru,
    }
}

/// Checks a programme object as `mount()`'s `programmes` would take it:
/// `{ ok, errors }`, each error `path: reason` in Russian or in `lang`
/// (`"en"`).
#[wasm_bindgen(unchecked_return_type = "ProgrammeCheck")]
pub fn check(
    #[wasm_bindgen(unchecked_param_type = "object")] programme: JsValue,
    lang: Option<String>,
) -> JsValue {
    let lang = language(lang.as_deref());
    let errors: Vec<String> = check_programme(&host(&programme))
        .iter()
        .map(|e| e.message(lang))
        .collect();
    let ok = errors.is_empty();
    to_js(&ProgrammeCheck { ok, errors })
}

/// The bundled programmes: `[{ id, vendor, name, currency, tiers: [{ id,
/// name }], products: [{ id, name }] }]`, names as `{ ru, en }`.
#[wasm_bindgen(unchecked_return_type = "Programme[]")]
pub fn programmes() -> JsValue {
    to_js(&catalogue(ALL))
}
