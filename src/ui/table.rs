//! A table drawn from its view-model: the waterfall and the compare table.
//! Rows are keyed, so a row whose figures change keeps its element and
//! only its texts are replaced; a sortable head is a button.

use super::calc::Calc;
use crate::widget::view::table::{Cell, Head, Row, Table as Model};
use leptos::prelude::*;

/// A table of the screen.
#[component]
pub fn Table(
    /// What the table holds.
    table: Signal<Model>,
) -> impl IntoView {
    let heads = move || table.with(|t| t.head.clone());
    let keys = move || table.with(Model::keys);
    // One memo for the heads' labels and one per row: a cell re-runs only
    // when its own row changes, and reads it without copying the table.
    let labels =
        Memo::new(move |_| table.with(|t| t.head.iter().map(|h| h.label.clone()).collect()));
    let row = move |key: String| {
        let row = Memo::new(move |_| table.with(|t| t.row(&key).cloned().unwrap_or_default()));
        let heads = table.with_untracked(|t| t.row_heads);
        view! { <TableRow row=row.into() heads labels=labels.into() /> }
    };
    view! {
        <table class=move || table.with(|t| t.class) data-testid=move || table.with(|t| t.testid)>
            <thead>
                <tr>
                    <For each=heads key=Head::clone children=head />
                </tr>
            </thead>
            <tbody>
                <For each=keys key=String::clone children=row />
            </tbody>
        </table>
    }
}

/// A column head; a sortable one is a button that asks for its order.
fn head(head: Head) -> impl IntoView {
    let class = if head.numeric { "pc-num" } else { "" };
    match head.sort {
        Some((action, on)) => {
            let act = expect_context::<Calc>().act;
            view! {
                <th scope="col" class=class aria-sort=if on { "descending" } else { "none" }>
                    <button
                        type="button"
                        class="pc-sort"
                        data-testid=action.name()
                        on:click=move |_| {
                            act.run(action);
                        }
                    >
                        {head.label}
                    </button>
                </th>
            }
            .into_any()
        }
        None => view! { <th scope="col" class=class>{head.label}</th> }.into_any(),
    }
}

/// One row; with `heads`, its first cell heads it. Its cells are drawn
/// together from the row: a row whose figures change is drawn anew (a few
/// cells), the others are left alone, and the page keeps one reactive node
/// per row rather than several per cell.
#[component]
fn TableRow(
    /// The row's class and cells.
    row: Signal<Row>,
    /// Whether the first cell is the row's head.
    heads: bool,
    /// The column heads' labels: each cell's `data-label`, which a narrow
    /// screen shows beside the cell when it draws the row as a card.
    labels: Signal<Vec<String>>,
) -> impl IntoView {
    let cells = move || {
        row.with(|r| {
            labels.with(|l| {
                r.cells
                    .iter()
                    .enumerate()
                    .map(|(i, c)| cell(c, heads && i == 0, l.get(i).cloned().unwrap_or_default()))
                    .collect_view()
            })
        })
    };
    view! {
        <tr class=move || row.with(|r| r.class) data-row=move || row.with(|r| r.key.clone())>
            {cells}
        </tr>
    }
}

/// One cell: a row head or a data cell, with its badge.
fn cell(c: &Cell, head: bool, label: String) -> AnyView {
    let class = match (c.numeric, c.long) {
        (true, true) => "pc-num pc-long",
        (true, false) => "pc-num",
        (false, true) => "pc-long",
        (false, false) => "",
    };
    // No text node for an empty cell (one would render as a space).
    let text = (!c.text.is_empty()).then(|| c.text.clone());
    let badge = c
        .badge
        .clone()
        .map(|b| view! { <span class="pc-badge">{b}</span> });
    match head {
        true => {
            view! { <th scope="row" class=class data-label=label>{text}{badge}</th> }.into_any()
        }
        false => view! { <td class=class data-label=label>{text}{badge}</td> }.into_any(),
    }
}
