//! The calculator: inputs on one side, the quote on the other, the tier
//! ladder below. State is one [`Form`]; everything else is derived from it.

use super::fields::{Choice, NumberField, Select};
use super::ladder::Ladder;
use super::result::QuoteView;
use super::strings::strings;
use crate::engine::form::{Field, FieldError, Form};
use crate::engine::Quote;
use crate::model::Lang;
use crate::programmes::ALL;
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Numbers the instances on a page so their element ids never clash.
static INSTANCES: AtomicUsize = AtomicUsize::new(0);

/// The whole calculator. `vendor` picks the initial programme.
#[component]
pub fn Calculator(#[prop(into, optional)] vendor: String) -> impl IntoView {
    let uid = INSTANCES.fetch_add(1, Ordering::Relaxed);
    let form = RwSignal::new(Form::new(ALL, &vendor, Lang::Ru));
    let outcome: Memo<Outcome> = Memo::new(move |_| form.with(|f| f.quote(ALL)));
    let shown: Memo<Option<Quote>> = Memo::new(move |previous: Option<&Option<Quote>>| match outcome.get() {
        Ok(q) => Some(q),
        Err(_) => previous.cloned().flatten(),
    });
    let lang = Memo::new(move |_| form.with(|f| f.lang));
    let t = move || strings(lang.get());
    let error_of = move |field: Field| Signal::derive(move || outcome.with(|o| o.as_ref().err().and_then(|errors| message_for(errors, &field))));
    let programme = move || form.with(|f| f.programme(ALL));
    let options = move |pick: fn(&crate::model::Programme, Lang, &Form) -> Vec<(String, String)>| {
        move || form.with(|f| f.programme(ALL).map(|p| pick(p, f.lang, f)).unwrap_or_default())
    };
    let lang_button = move |l: Lang, label: &'static str| {
        view! {
            <button type="button" class="pc-lang" aria-pressed=move || (lang.get() == l).to_string()
                on:click=move |_| form.update(|f| f.lang = l)>{label}</button>
        }
    };

    view! {
        <div class="pc" lang=move || if lang.get() == Lang::Ru { "ru" } else { "en" }>
            <header class="pc-head">
                <h2 class="pc-title">{move || t().title}</h2>
                <div class="pc-langs" role="group" aria-label=move || t().language>
                    {lang_button(Lang::Ru, "RU")}
                    {lang_button(Lang::En, "EN")}
                </div>
            </header>
            <div class="pc-body">
                <form class="pc-inputs" on:submit=|ev| ev.prevent_default()>
                    <Select id=format!("pc{uid}-vendor") label=Signal::derive(move || t().vendor)
                        options=Signal::derive(move || ALL.iter().map(|p| (p.id.to_string(), p.vendor.get(lang.get()).to_string())).collect())
                        value=Signal::derive(move || form.with(|f| f.vendor.clone()))
                        on_change=Callback::new(move |v: String| form.update(|f| f.select_vendor(ALL, &v))) />
                    <Select id=format!("pc{uid}-tier") label=Signal::derive(move || t().tier)
                        options=Signal::derive(options(|p, l, _| p.tiers.iter().map(|t| (t.id.to_string(), t.name.get(l).to_string())).collect()))
                        value=Signal::derive(move || form.with(|f| f.tier.clone()))
                        on_change=Callback::new(move |v: String| form.update(|f| f.select_tier(ALL, &v))) />
                    <Select id=format!("pc{uid}-product") label=Signal::derive(move || t().product)
                        options=Signal::derive(options(|p, l, _| p.products.iter().map(|p| (p.id.to_string(), p.name.get(l).to_string())).collect()))
                        value=Signal::derive(move || form.with(|f| f.product.clone()))
                        on_change=Callback::new(move |v: String| form.update(|f| f.select_product(ALL, &v))) />
                    {move || {
                        let situations = options(|p, l, f| {
                            p.products.iter().find(|x| x.id == f.product)
                                .map(|x| x.situations.iter().map(|s| (s.id.to_string(), s.name.get(l).to_string())).collect())
                                .unwrap_or_default()
                        })();
                        (situations.len() > 1).then(|| view! {
                            <Select id=format!("pc{uid}-situation") label=Signal::derive(move || t().situation)
                                options=Signal::derive(move || situations.clone())
                                value=Signal::derive(move || form.with(|f| f.situation.clone()))
                                on_change=Callback::new(move |v: String| form.update(|f| f.select_situation(ALL, &v))) />
                        })
                    }}
                    {move || form.with(|f| f.situation_of(ALL).and_then(|s| s.condition.as_ref()).map(|c| c.get(f.lang).to_string()))
                        .map(|c| view! { <p class="pc-hint">{c}</p> })}
                    <NumberField id=format!("pc{uid}-quantity") label=Signal::derive(move || {
                            let unit = form.with(|f| f.product_of(ALL).map(|p| p.unit.get(f.lang).to_string()).unwrap_or_default());
                            format!("{}, {unit}", t().quantity)
                        })
                        numeric=true
                        value=Signal::derive(move || form.with(|f| f.quantity.clone()))
                        error=error_of(Field::Quantity)
                        on_input=Callback::new(move |v: String| form.update(|f| f.quantity = v)) />
                    <NumberField id=format!("pc{uid}-price") label=Signal::derive(move || {
                            let currency = if programme().is_some_and(|p| p.currency == crate::model::Currency::Kzt) { "₸" } else { "₽" };
                            format!("{}, {currency}", t().unit_price)
                        })
                        hint=Signal::derive(move || form.with(|f| f.product_of(ALL).and_then(|p| p.list_share.as_ref()).map(|s| {
                            format!("{} {} {}", t().list_share, crate::engine::format::percent(s.percent.0, f.lang), s.of.get(f.lang))
                        })))
                        value=Signal::derive(move || form.with(|f| f.unit_price.clone()))
                        error=error_of(Field::UnitPrice)
                        on_input=Callback::new(move |v: String| form.update(|f| f.unit_price = v)) />
                    <NumberField id=format!("pc{uid}-sales") label=Signal::derive(move || t().sales.to_string())
                        hint=Signal::derive(move || Some(t().sales_hint.to_string()))
                        value=Signal::derive(move || form.with(|f| f.sales.clone()))
                        error=error_of(Field::Sales)
                        on_input=Callback::new(move |v: String| form.update(|f| f.sales = v)) />
                    <Choices uid=uid form=form outcome=outcome />
                </form>
                <section class="pc-result" aria-labelledby=format!("pc{uid}-net")>
                    {move || outcome.with(|o| o.is_err()).then(|| view! { <p class="pc-stale" role="status">{t().stale}</p> })}
                    {move || shown.get().map(|q| view! { <QuoteView uid=uid quote=q lang=lang.get() /> })}
                </section>
            </div>
            <Ladder form=form />
            <footer class="pc-foot">
                {move || programme().map(|p| {
                    let s = t();
                    view! {
                        <p>{format!("{} {}. {}: {}.", s.data_date, p.data_date, s.source, p.source.file)}</p>
                        <p class="pc-disclaimer">{s.disclaimer}</p>
                    }
                })}
                <button type="button" class="pc-print" on:click=|_| { let _ = window().print(); }>{move || t().print}</button>
            </footer>
        </div>
    }
}

/// The controls of the adjustable steps at the current tier.
#[component]
fn Choices(uid: usize, form: RwSignal<Form>, outcome: Memo<Outcome>) -> impl IntoView {
    move || {
        let lang = form.with(|f| f.lang);
        let s = strings(lang);
        let controls: Vec<Choice> = form.with(|f| f.controls(ALL).iter().map(|c| Choice::from_control(c, lang)).collect());
        (!controls.is_empty()).then(|| {
            view! {
                <fieldset class="pc-choices">
                    <legend>{s.options}</legend>
                    {controls.into_iter().map(|c| {
                        let field = Field::Step(c.id().to_string());
                        let error = Signal::derive(move || outcome.with(|o| o.as_ref().err().and_then(|e| message_for(e, &field))));
                        c.render(uid, form, error)
                    }).collect_view()}
                </fieldset>
            }
        })
    }
}

/// The form's quote or the messages for its bad fields.
type Outcome = Result<Quote, Vec<FieldError>>;

/// The first message for `field`, if any.
fn message_for(errors: &[FieldError], field: &Field) -> Option<String> {
    errors.iter().find(|e| &e.field == field).map(|e| e.message.clone())
}
