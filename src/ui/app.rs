//! The calculator: inputs on one side, the quote on the other, the tier
//! ladder below. State is one [`Form`]; everything else is derived from it.

use super::choices::Choices;
use super::fields::{NumberField, Select};
use super::ladder::Ladder;
use super::result::QuoteView;
use super::strings::strings;
use super::{message_for, Outcome};
use crate::engine::form::{Field, Form};
use crate::engine::format::percent;
use crate::engine::Quote;
use crate::model::{Currency, Lang, Programme};
use crate::programmes::ALL;
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Numbers the instances on a page so their element ids never clash.
static INSTANCES: AtomicUsize = AtomicUsize::new(0);

/// (id, name) pairs of a programme's tiers, products or situations.
type Options = Vec<(String, String)>;

fn tier_options(p: &Programme, f: &Form) -> Options {
    p.tiers
        .iter()
        .map(|t| (t.id.to_string(), t.name.get(f.lang).to_string()))
        .collect()
}

fn product_options(p: &Programme, f: &Form) -> Options {
    p.products
        .iter()
        .map(|x| (x.id.to_string(), x.name.get(f.lang).to_string()))
        .collect()
}

fn situation_options(p: &Programme, f: &Form) -> Options {
    let product = p.products.iter().find(|x| x.id == f.product);
    product
        .map(|x| {
            x.situations
                .iter()
                .map(|s| (s.id.to_string(), s.name.get(f.lang).to_string()))
                .collect()
        })
        .unwrap_or_default()
}

/// The whole calculator. `vendor` picks the initial programme.
#[component]
pub fn Calculator(#[prop(into, optional)] vendor: String) -> impl IntoView {
    let uid = INSTANCES.fetch_add(1, Ordering::Relaxed);
    let form = RwSignal::new(Form::new(ALL, &vendor, Lang::Ru));
    let outcome: Memo<Outcome> = Memo::new(move |_| form.with(|f| f.quote(ALL)));
    let shown: Memo<Option<Quote>> = Memo::new(
        move |previous: Option<&Option<Quote>>| match outcome.get() {
            Ok(q) => Some(q),
            Err(_) => previous.cloned().flatten(),
        },
    );
    let lang = Memo::new(move |_| form.with(|f| f.lang));
    let t = move || strings(lang.get());
    let text = move |pick: fn(&Form) -> String| Signal::derive(move || form.with(pick));
    let label =
        move |pick: fn(Lang) -> &'static str| Signal::derive(move || pick(lang.get()).to_string());
    let error =
        move |field: Field| Signal::derive(move || outcome.with(|o| message_for(o, &field)));
    let options = move |pick: fn(&Programme, &Form) -> Options| {
        let list = Memo::new(move |_| {
            form.with(|f| f.programme(ALL).map(|p| pick(p, f)).unwrap_or_default())
        });
        Signal::from(list)
    };
    let vendors = Memo::new(move |_| {
        ALL.iter()
            .map(|p| (p.id.to_string(), p.vendor.get(lang.get()).to_string()))
            .collect::<Options>()
    });
    let situations = options(situation_options);
    let programme = move |pick: fn(&Programme, Lang) -> String| {
        move || {
            form.with(|f| {
                f.programme(ALL)
                    .map(|p| pick(p, f.lang))
                    .unwrap_or_default()
            })
        }
    };
    let lang_button = move |l: Lang, name: &'static str| {
        view! {
            <button type="button" class="pc-lang" aria-pressed=move || (lang.get() == l).to_string()
                on:click=move |_| form.update(|f| f.lang = l)>{name}</button>
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
                    <Select id=format!("pc{uid}-vendor") label=label(|l| strings(l).vendor) options=Signal::from(vendors)
                        value=text(|f| f.vendor.clone())
                        on_change=Callback::new(move |v: String| form.update(|f| f.select_vendor(ALL, &v))) />
                    <Select id=format!("pc{uid}-tier") label=label(|l| strings(l).tier) options=options(tier_options)
                        value=text(|f| f.tier.clone())
                        on_change=Callback::new(move |v: String| form.update(|f| f.select_tier(ALL, &v))) />
                    <Select id=format!("pc{uid}-product") label=label(|l| strings(l).product) options=options(product_options)
                        value=text(|f| f.product.clone())
                        on_change=Callback::new(move |v: String| form.update(|f| f.select_product(ALL, &v))) />
                    <div hidden=move || situations.with(|s| s.len() < 2)>
                        <Select id=format!("pc{uid}-situation") label=label(|l| strings(l).situation) options=situations
                            value=text(|f| f.situation.clone())
                            on_change=Callback::new(move |v: String| form.update(|f| f.select_situation(ALL, &v))) />
                    </div>
                    <p class="pc-hint" data-testid="condition">{text(|f| {
                        f.situation_of(ALL).and_then(|s| s.condition.as_ref()).map(|c| c.get(f.lang).to_string()).unwrap_or_default()
                    })}</p>
                    <NumberField id=format!("pc{uid}-quantity") numeric=true
                        label=text(|f| {
                            let unit = f.product_of(ALL).map(|p| p.unit.get(f.lang)).unwrap_or_default();
                            format!("{}, {unit}", strings(f.lang).quantity)
                        })
                        value=text(|f| f.quantity.clone()) error=error(Field::Quantity)
                        on_input=Callback::new(move |v: String| form.update(|f| f.quantity = v)) />
                    <NumberField id=format!("pc{uid}-price")
                        label=text(|f| {
                            let kzt = f.programme(ALL).is_some_and(|p| p.currency == Currency::Kzt);
                            format!("{}, {}", strings(f.lang).unit_price, if kzt { "₸" } else { "₽" })
                        })
                        hint=Signal::derive(move || form.with(|f| f.product_of(ALL)?.list_share.as_ref().map(|s| {
                            format!("{} {} {}", strings(f.lang).list_share, percent(s.percent.0, f.lang), s.of.get(f.lang))
                        })))
                        value=text(|f| f.unit_price.clone()) error=error(Field::UnitPrice)
                        on_input=Callback::new(move |v: String| form.update(|f| f.unit_price = v)) />
                    <NumberField id=format!("pc{uid}-sales") label=label(|l| strings(l).sales)
                        hint=Signal::derive(move || Some(t().sales_hint.to_string()))
                        value=text(|f| f.sales.clone()) error=error(Field::Sales)
                        on_input=Callback::new(move |v: String| form.update(|f| f.sales = v)) />
                    <Choices uid=uid form=form outcome=outcome lang=lang />
                </form>
                <section class="pc-result" aria-labelledby=format!("pc{uid}-net")>
                    <p class="pc-stale" role="status" hidden=move || outcome.with(Result::is_ok)>{move || {
                        let form_error = outcome.with(|o| message_for(o, &Field::Form)).unwrap_or_default();
                        format!("{} {form_error}", t().stale)
                    }}</p>
                    <QuoteView uid=uid quote=shown lang=lang />
                </section>
            </div>
            <Ladder form=form />
            <footer class="pc-foot">
                <p>{move || t().data_date} " " {programme(|p, _| p.data_date.to_string())} ". "
                   {move || t().source} ": " {programme(|p, _| p.source.file.to_string())} "."</p>
                <p class="pc-disclaimer">{move || t().disclaimer}</p>
                <button type="button" class="pc-print" on:click=|_| { let _ = window().print(); }>{move || t().print}</button>
            </footer>
        </div>
    }
}
