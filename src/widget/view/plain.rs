//! The quote as plain text, for e-mail and messengers: programme, tier and
//! product, the waterfall, the margin, the caveats, the way to the next
//! tier, the data line and the link.

use super::cards::cards;
use super::waterfall::rows;
use crate::model::Programme;
use crate::text::{fill, texts};
use crate::widget::form::{Form, Pricing};

/// The data date and source line of `form`'s programme, in its language;
/// a programme whose id is in `hosted` is the vendor's own data.
pub fn source_line(form: &Form, programmes: &[Programme], hosted: &[String]) -> String {
    let t = texts(form.lang);
    form.programme(programmes)
        .map(|p| {
            let line = match hosted.iter().any(|h| *h == p.id) {
                true => t.vendor_source_line,
                false => t.source_line,
            };
            let source = &p.source;
            // A bundled document is named by its own title, never its file name.
            let document =
                crate::programmes::title(&source.file, form.lang).unwrap_or(&source.file);
            let filled = [
                ("date", &*p.data_date),
                ("title", document),
                ("file", &source.file),
                ("section", &source.section),
            ];
            fill(line, &filled)
        })
        .unwrap_or_default()
}

/// `priced` (of `form`) as plain text, ending with `link` when there is
/// one; a deal lists each line before the totals.
pub fn plain(
    form: &Form,
    programmes: &[Programme],
    hosted: &[String],
    priced: &Pricing,
    link: Option<&str>,
) -> String {
    let lang = form.lang;
    let t = texts(lang);
    let mut lines = Vec::new();
    let programme = form.programme(programmes);
    if let Some(p) = programme {
        let tier = p.tiers.iter().find(|x| x.id == form.tier);
        lines.push(format!(
            "{} — {}: {}",
            p.vendor.get(lang),
            p.name.get(lang),
            tier.map(|x| x.name.get(lang)).unwrap_or_default()
        ));
    }
    let rows = match priced {
        Pricing::One(quote) => {
            if let Some(product) = form.product_of(programmes, 0) {
                lines.push(product.name.get(lang).to_string());
            }
            rows(quote, lang)
        }
        Pricing::Deal(deal) => {
            if let Some(table) = super::deal::table(form, programmes, priced) {
                let heads: Vec<&str> = table.head.iter().map(|h| h.label.as_str()).collect();
                for row in &table.rows {
                    let cells = row.cells.iter().map(|c| c.text.as_str());
                    let said: Vec<String> = heads
                        .iter()
                        .zip(cells)
                        .skip(1)
                        .filter(|(_, c)| !c.is_empty())
                        .map(|(h, c)| format!("{h}: {c}"))
                        .collect();
                    let number = row
                        .cells
                        .first()
                        .map(|c| c.text.as_str())
                        .unwrap_or_default();
                    let lead = if number.is_empty() {
                        String::new()
                    } else {
                        format!("{number}. ")
                    };
                    lines.push(format!("{lead}{}", said.join("; ")));
                }
            }
            super::waterfall::deal_rows(deal, lang)
        }
    };
    for row in rows {
        lines.push(match row.percent.is_empty() {
            true => format!("{}: {}", row.label, row.amount),
            false => format!("{} {}: {}", row.label, row.percent, row.amount),
        });
    }
    let c = cards(priced, lang);
    lines.push(format!("{}: {}", t.margin, c.margin));
    if let Some(sale) = super::sale::sale(priced, lang) {
        for row in &sale.table.rows {
            let cell = |i: usize| {
                row.cells
                    .get(i)
                    .map(|c| c.text.as_str())
                    .unwrap_or_default()
            };
            lines.push(format!("{}: {}", cell(0), cell(1)));
        }
        lines.extend(sale.loss);
        lines.extend(sale.goal);
    }
    if !c.caveats.is_empty() {
        lines.push(format!("{}:", t.caveats));
        lines.extend(c.caveats.iter().map(|c| format!("• {c}")));
    }
    lines.push(c.next);
    lines.push(source_line(form, programmes, hosted));
    if let Some(link) = link {
        lines.push(fill(t.link, &[("link", link)]));
    }
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;
    use crate::programmes::ALL;

    #[test]
    fn the_copied_quote_names_the_deal_and_ends_with_the_link() {
        let form = Form::new(ALL, "stakhanovets", Lang::En);
        let text = plain(
            &form,
            ALL,
            &[],
            &form.priced(ALL).unwrap(),
            Some("https://x/?a=1"),
        );
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[0].starts_with("Stakhanovets — "), "{text}");
        assert!(
            lines.contains(&"Partner price −10%: RUB\u{a0}90,000.00"),
            "{text}"
        );
        assert_eq!(lines.last(), Some(&"Link to this quote: https://x/?a=1"));
        assert!(lines[0].ends_with(": White"), "{}", lines[0]);
        let source = lines[lines.len() - 2];
        assert!(
            source.starts_with("Programme data as of 20")
                && source.ends_with(
                    "Source: the document «Stakhanovets LLC partner programme» (in Russian)."
                ),
            "{source}"
        );
        let mut directum = Form::new(ALL, "directum", Lang::En);
        directum.select_tier(ALL, "general");
        let text = plain(&directum, ALL, &[], &directum.priced(ALL).unwrap(), None);
        let caveats = text
            .lines()
            .skip_while(|l| *l != "Please note:")
            .nth(1)
            .unwrap_or_default();
        assert!(
            caveats.starts_with("• “"),
            "the caveats follow their heading: {text}"
        );
    }
}
