//! Every text a person reads in the widget and on its page, one catalogue
//! per language (`ru.rs`, `en.rs`). A catalogue is a [`Texts`]: a missing key
//! does not compile, and the tests below refuse an empty text or a template
//! whose `{placeholders}` differ between languages. Adding a language is
//! adding one file here (and its [`Lang`] variant).

mod en;
mod ru;

use crate::model::Lang;

/// Declares a catalogue struct with one documented `&'static str` per key.
macro_rules! catalogue {
    ($(#[doc = $what:literal])+ $name:ident { $($(#[doc = $doc:literal])+ $key:ident,)+ }) => {
        $(#[doc = $what])+
        pub struct $name {
            $($(#[doc = $doc])+ pub $key: &'static str,)+
        }

        #[cfg(test)]
        impl $name {
            /// Every key with its text, in declaration order.
            fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($key), self.$key),)+]
            }
        }
    };
}

catalogue! {
    /// One language's texts of the widget; `{name}` marks a value filled in
    /// by [`fill`].
    Texts {
    /// The widget's heading.
    title,
    /// The language switch's name.
    language,
    /// This language's button in the switch (`RU`).
    lang_button,
    /// The view switch's name.
    views,
    /// The quote view's button.
    view_quote,
    /// The compare view's button.
    view_compare,
    /// The what-if view's button.
    view_what_if,
    /// The vendor field.
    vendor,
    /// The tier field.
    tier,
    /// The product field.
    product,
    /// The deal situation field.
    situation,
    /// The quantity field (`{unit}`: the product's unit).
    quantity,
    /// The unit price field (`{currency}`: ₽ or ₸).
    unit_price,
    /// The sales field.
    sales,
    /// The sales field's hint.
    sales_hint,
    /// The what-if view's expected sales field.
    plan,
    /// The what-if view's hint while the plan is empty or bad.
    plan_hint,
    /// The adjustable steps' group.
    options,
    /// A range's hint (`{min}`, `{max}`: percentages).
    range_hint,
    /// The "no option" entry of a one-of step.
    none,
    /// A bonus or option with its percentage (`{label}`, `{percent}`).
    with_percent,
    /// A percentage step's label (`{label}`).
    percent_label,
    /// A product priced as a share of another (`{percent}`, `{of}`).
    list_share,
    /// The list row of a share-priced product (`{percent}`, `{of}`, `{quantity}`, `{price}`).
    list_share_total,
    /// The price field of a share-priced product (`{percent}`, `{currency}`).
    share_price,
    /// The waterfall's first row (`{quantity}`, `{price}`).
    list_total,
    /// The waterfall's first column.
    step,
    /// The waterfall's amount column.
    amount,
    /// The partner's price (figure, waterfall, compare).
    net,
    /// The partner's margin.
    margin,
    /// A margin with its percentage (`{amount}`, `{percent}`).
    margin_value,
    /// In place of a figure that is individual or agreed.
    agreed,
    /// The heading of the paid-later rows.
    paid_later,
    /// The paid-later total row.
    paid_later_total,
    /// Margin and paid-later together.
    with_later,
    /// The caveats' heading.
    caveats,
    /// The next tier's heading.
    next_tier,
    /// At the top tier.
    top_tier,
    /// The tier ladder's heading.
    ladder,
    /// A tier's threshold on the ladder (`{amount}`).
    rung_threshold,
    /// A tier's requirements.
    requirements,
    /// A tier's benefits.
    benefits,
    /// The programme's terms.
    notes,
    /// The data line (`{date}`, `{title}`: the source document's own title).
    source_line,
    /// The data line of a programme the host supplied (`{date}`, `{file}`,
    /// `{section}`).
    vendor_source_line,
    /// The disclaimer under the quote.
    disclaimer,
    /// While the input is bad (`{problem}`: the form's own message, may be empty).
    stale,
    /// The copy button.
    copy,
    /// After a copy.
    copied,
    /// When copying fails.
    copy_failed,
    /// The reset button.
    reset,
    /// The notice that the page brought back the last visit's calculation.
    restored,
    /// Its button, which resets the calculator.
    start_again,
    /// The print button.
    print,
    /// The link line of the copied quote (`{link}`).
    link,
    /// The compare view's heading.
    compare_title,
    /// The compare view's heading in a widget locked to one programme (`{vendor}`).
    compare_title_one,
    /// The compare view's explanation.
    compare_hint,
    /// The compare table's discount column.
    discount,
    /// The best row's badge.
    best,
    /// How the best row is chosen, under the compare table.
    best_note,
    /// The badge of a discount that is an "up to" at the vendor's discretion.
    discretion,
    /// The badge of the partner's current programme and tier.
    current_tier,
    /// The top of a range in the compare table (`{percent}`).
    up_to,
    /// The margin chart's name.
    chart,
    /// A chart bar's label (`{vendor}`, `{tier}`).
    chart_bar,
    /// The what-if view's heading.
    what_if_title,
    /// The what-if view's hint when it answers for the form's sales over 12 months.
    plan_from_sales,
    /// The live summary of a priced quote (`{net}`, `{margin}`, `{percent}`).
    summary_priced,
    /// The live summary of a quote by agreement (`{list}`).
    summary_agreed,
    /// Sales already reach the next tier (`{name}`, `{amount}`).
    next_reached,
    /// What is left to sell (`{amount}`, `{basis}`, `{name}`).
    next_remaining,
    /// The next tier's threshold without a sales figure (`{name}`, `{amount}`, `{basis}`).
    next_threshold,
    /// A next tier without a money threshold (`{name}`).
    next_requirements,
    /// The remainder at RRP (`{amount}`).
    next_at_rrp,
    /// The discount there and here (`{then}`, `{now}`).
    next_instead,
    /// The gain on this deal (`{amount}`).
    next_gain,
    /// The next tier's price is agreed.
    next_agreed,
    /// Tiers passed on the way whose money threshold the sales already meet (`{names}`).
    next_met,
    /// On a ladder card: the sales meet this tier's money threshold.
    rung_met,
    /// On a ladder card: the next tier to aim for.
    rung_next,
    /// A threshold in vendor money over 12 months.
    basis_vendor_12m,
    /// A threshold in vendor money per year.
    basis_vendor_year,
    /// A threshold in sales over 12 months.
    basis_sales_12m,
    /// A threshold in sales per year.
    basis_sales_year,
    /// The tier the plan reaches, with its threshold (`{name}`, `{amount}`, `{basis}`).
    standing_threshold,
    /// The plan reaches the entry tier (`{name}`).
    standing_entry,
    /// The next tier and what is left (`{name}`, `{amount}`, `{basis}`, `{remaining}`, `{gain}`).
    standing_next,
    /// The gain there (`{amount}`).
    standing_gain,
    /// No next tier with a threshold.
    standing_none,
    /// The cap cut the steps (`{percent}`).
    caveat_capped,
    /// A value within "up to" (`{step}`, `{percent}`).
    caveat_discretion,
    /// Above the tier's user limit (`{count}`, `{unit}`).
    caveat_over_limit,
    /// Parts of a link not used (`{names}`).
    link_ignored,
    /// An unknown programme id (`{id}`).
    unknown_vendor,
    /// An unknown tier id (`{id}`).
    unknown_tier,
    /// An unknown product id (`{id}`).
    unknown_product,
    /// An unknown situation id (`{id}`).
    unknown_situation,
    /// An unknown step id (`{id}`).
    unknown_choice,
    /// A choice of the wrong kind (`{step}`).
    choice_mismatch,
    /// An unknown option (`{step}`, `{pick}`).
    unknown_pick,
    /// A percentage out of its range (`{min}`, `{max}`).
    out_of_range,
    /// The quantity is not a whole number ≥ 1.
    quantity_whole,
    /// The quantity is too large (`{max}`).
    quantity_too_large,
    /// A negative price.
    price_negative,
    /// Negative sales.
    sales_negative,
    /// Amounts too large.
    overflow,
    /// Nothing typed.
    input_empty,
    /// Not a number.
    input_not_a_number,
    /// A negative number.
    input_negative,
    /// Too many decimals (`{count}`).
    input_decimals,
    /// Not whole.
    input_not_whole,
    /// Below 1.
    input_below_one,
    /// Too large.
    input_too_large,
    /// A host value where an object is expected.
    host_not_object,
    /// Where a string is expected.
    host_not_text,
    /// Where a boolean is expected.
    host_not_bool,
    /// Where an amount is expected.
    host_not_amount,
    /// Where a choice is expected.
    host_not_choice,
    /// A missing member.
    host_missing,
    /// Where a language is expected.
    host_not_lang,
    /// An unknown member.
    host_unknown,
    /// Where a list is expected.
    host_not_list,
    /// Where a whole number (a count) is expected.
    host_not_count,
    /// A value the programme format does not allow.
    host_invalid,
    /// A list over its bound (`{max}` items).
    host_too_many,
    /// A text over its bound (`{max}` characters).
    host_too_long,
    /// A value over the reader's bounds.
    host_too_large,
    /// Where a link is expected.
    host_not_link,
    /// A button label over its bound (`{max}` characters, `{length}` given).
    host_label_too_long,
    /// A problem at a path (`{at}`, `{problem}`).
    host_at,
    /// A validation problem at a field (`{path}`, `{reason}`).
    invalid_at,
    /// A malformed id (`{id}`).
    invalid_id,
    /// An empty Russian text.
    invalid_text_ru,
    /// An empty English text.
    invalid_text_en,
    /// A source that names no document's file (`{file}`).
    invalid_document,
    /// A source without a section.
    invalid_section,
    /// A percentage outside 0..100 (`{percent}`).
    invalid_percent,
    /// An id used twice (`{id}`).
    invalid_duplicate,
    /// A reference to no tier (`{tier}`).
    invalid_tier,
    /// A malformed data date (`{date}`).
    invalid_date,
    /// A programme without tiers.
    invalid_no_tiers,
    /// A programme without products.
    invalid_no_products,
    /// A threshold of zero or less.
    invalid_threshold_zero,
    /// A threshold not above the lower tier's (`{amount}`, `{lower_tier}`, `{lower_amount}`).
    invalid_threshold_order,
    /// A user limit of zero.
    invalid_user_limit,
    /// A product without situations.
    invalid_no_situations,
    /// A situation without steps.
    invalid_no_steps,
    /// Steps above 100 % without a cap (`{tier}`, `{total}`).
    invalid_over_100,
    /// A step without rates.
    invalid_no_rates,
    /// A range upside down (`{min}`, `{max}`).
    invalid_range,
    /// A one-of rate without options.
    invalid_no_options,
    }
}

catalogue! {
    /// One language's words for a refused deal of several lines (apart, so
    /// that a build that prices no deals does not carry them). Lines are
    /// numbered from 1 for people.
    DealTexts {
    /// A deal without lines.
    deal_no_lines,
    /// A deal with too many lines (`{max}`).
    deal_too_many_lines,
    /// One line refused (`{line}`, `{problem}`: the quote's refusal).
    deal_line,
    /// A share that follows no proper line (`{line}`).
    deal_bad_share,
    /// A deal-wide step that differs between lines of a product (`{line}`, `{step}`).
    deal_wide_differs,
    /// A deal situation that differs between lines of a product (`{line}`).
    deal_situation_differs,
    /// A line's name (`{line}`).
    line_title,
    /// The button that adds a line.
    add_line,
    /// Why no line can be added (`{max}`).
    lines_full,
    /// The duplicate button's text.
    duplicate_button,
    /// The duplicate button's name (`{line}`).
    duplicate_line,
    /// The remove button's text.
    remove_button,
    /// The remove button's name (`{line}`).
    remove_line,
    /// Said when a line is added (`{line}`).
    line_added,
    /// Said when a line is removed (`{line}`, `{count}`: lines left).
    line_removed,
    /// The group of what is set once for the whole deal.
    shared,
    /// The share's select (`{percent}`, `{of}`).
    follow,
    /// Its option for the line's own typed price.
    own_price,
    /// Its option for a licence line (`{line}`, `{product}`).
    follow_option,
    /// The deal's list total row.
    deal_list_total,
    /// The lines table's heading.
    lines_title,
    /// Its line-number column.
    line_head,
    /// Its quantity column.
    quantity_head,
    /// Its unit price column.
    unit_price_head,
    /// Its list total column.
    list_head,
    /// Its totals row.
    deal_total,
    /// A line's product with the line it follows (`{product}`, `{line}`).
    follows_line,
    /// What is left after this deal (`{amount}`).
    after_left,
    /// The threshold is reached with this deal.
    after_reached,
    /// Why nothing is known after the deal: no sales figure.
    after_no_sales,
    /// Why: the document does not say what its sales count.
    after_basis,
    /// Why: a line is priced by agreement.
    after_agreed,
    /// A paid-later step's column in the CSV file (`{label}`).
    csv_later,
    /// The CSV download link.
    csv_download,
    /// The group of the proposal's fields.
    proposal_fields,
    /// The customer's name field.
    customer,
    /// The partner's name field.
    partner,
    /// The proposal's validity field.
    valid_days,
    /// The proposal's heading.
    proposal_title,
    /// Its customer line (`{name}`).
    proposal_customer,
    /// Its partner line (`{name}`).
    proposal_partner,
    /// Its date line (`{date}`).
    proposal_date,
    /// Its total line (`{amount}`).
    proposal_total,
    /// Its validity line (`{days}`).
    proposal_valid,
    /// The proposal's price column.
    proposal_price,
    /// The proposal's sum column.
    proposal_sum,
    /// The button that copies the proposal.
    copy_proposal,
    /// The button that prints the proposal.
    print_proposal,
    /// A compare row's lines the programme does not sell (`{lines}`).
    not_offered,
    }
}

catalogue! {
    /// One language's texts of the customer's price: its fields, the goal
    /// seek, the result and the refusals.
    CustomerTexts {
    /// The deal's customer discount out of range.
    customer_discount_range,
    /// A line's customer discount out of range, or no such line (`{line}`).
    line_discount_range,
    /// A negative selling amount.
    amount_negative,
    /// Both a discount and an amount.
    discount_and_amount,
    /// A target margin out of range.
    target_range,
    /// The customer's price part of the form.
    selling_title,
    /// The select of how the price is given.
    price_mode,
    /// That select's option: a discount.
    mode_discount,
    /// That select's option: an amount.
    mode_amount,
    /// The discount field.
    price_discount,
    /// The amount field (`{currency}`).
    price_amount,
    /// The price field's hint.
    price_hint,
    /// A line's own discount field.
    line_discount,
    /// That field's hint.
    line_discount_hint,
    /// The select of how the target margin is given.
    target_mode,
    /// That select's option: a percentage.
    target_percent,
    /// That select's option: an amount (`{currency}`).
    target_amount,
    /// The target margin field.
    target,
    /// That field's hint.
    target_hint,
    /// The button that applies the found discount.
    apply,
    /// The goal seek's answer (`{saving}`, `{percent}`, `{selling}`, `{margin}`, `{margin_percent}`).
    goal_found,
    /// No discount keeps the target (`{margin}`, `{percent}`).
    goal_above,
    /// The goal seek with a price by agreement.
    goal_agreed,
    /// The head of the document's rules on the customer price.
    rules_title,
    /// When the document says nothing of the customer price.
    no_rule,
    /// How the calculator treats a customer discount.
    from_margin,
    /// The result's part on the sale to the customer.
    result_title,
    /// The customer's price row.
    selling_total,
    /// The customer's saving row (`{percent}`).
    saving,
    /// The margin left row.
    margin_left,
    /// The margin left's share (`{percent}`).
    margin_left_percent,
    /// The paid-later row, apart from the margin.
    paid_later_apart,
    /// The warning below net (`{amount}`).
    loss,
    /// The lines table's and CSV's customer price column.
    customer_head,
    /// The margin card's line for the margin left (`{margin}`).
    card_left,
    /// The lines table's, CSV's and compare's margin-left column.
    left_head,
    /// The proposal's discount row (`{percent}`).
    proposal_discount,
    }
}

catalogue! {
    /// One language's texts of the standalone page around the widget (apart,
    /// so that the embedded widget does not carry them).
    PageTexts {
    /// The demo page's title.
    page_title,
    /// The demo page's heading.
    page_heading,
    /// The demo page's introduction.
    page_intro,
    }
}

/// The texts of `lang`.
///
/// # Example
/// ```
/// use partner_calc::{model::Lang, text::texts};
/// assert_eq!(texts(Lang::En).reset, "Reset");
/// ```
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Ru => &ru::RU,
        Lang::En => &en::EN,
    }
}

/// The words for a refused deal in `lang`.
pub fn deal_texts(lang: Lang) -> &'static DealTexts {
    match lang {
        Lang::Ru => &ru::RU_DEAL,
        Lang::En => &en::EN_DEAL,
    }
}

/// The customer's price texts in `lang`.
pub fn customer_texts(lang: Lang) -> &'static CustomerTexts {
    match lang {
        Lang::Ru => &ru::RU_CUSTOMER,
        Lang::En => &en::EN_CUSTOMER,
    }
}

/// The standalone page's texts in `lang`.
pub fn page_texts(lang: Lang) -> &'static PageTexts {
    match lang {
        Lang::Ru => &ru::RU_PAGE,
        Lang::En => &en::EN_PAGE,
    }
}

/// `template` with each `{name}` replaced by its value from `values`
/// (names not given stay as they are).
///
/// # Example
/// ```
/// use partner_calc::text::fill;
/// assert_eq!(fill("{a} and {b}", &[("a", "1"), ("b", "2")]), "1 and 2");
/// ```
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            values
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v, close))
        });
        match value {
            Some((v, close)) => {
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `{placeholders}` of a template, sorted.
    fn placeholders(text: &str) -> Vec<&str> {
        let mut names: Vec<&str> = text
            .split('{')
            .skip(1)
            .filter_map(|part| part.split_once('}').map(|(name, _)| name))
            .collect();
        names.sort_unstable();
        names
    }

    #[test]
    fn every_language_has_every_key_with_a_text_and_the_same_placeholders() {
        let all = |lang| {
            let mut entries = texts(lang).entries();
            entries.extend(deal_texts(lang).entries());
            entries.extend(customer_texts(lang).entries());
            entries.extend(page_texts(lang).entries());
            entries
        };
        let ru = all(Lang::Ru);
        for lang in [Lang::En] {
            let other = all(lang);
            let keys = |e: &[(&'static str, &'static str)]| -> Vec<&'static str> {
                e.iter().map(|(k, _)| *k).collect()
            };
            assert_eq!(keys(&ru), keys(&other), "{lang:?}: keys differ");
            for ((key, a), (_, b)) in ru.iter().zip(&other) {
                assert!(!a.trim().is_empty(), "ru: {key} is empty");
                assert!(!b.trim().is_empty(), "{lang:?}: {key} is empty");
                assert_eq!(
                    placeholders(a),
                    placeholders(b),
                    "{key}: placeholders differ"
                );
            }
        }
    }

    #[test]
    fn fill_replaces_known_names_and_keeps_the_rest() {
        assert_eq!(fill("«{name}»: {x}", &[("name", "Gold")]), "«Gold»: {x}");
        assert_eq!(fill("{ percent }", &[]), "{ percent }");
        assert_eq!(fill("open {", &[]), "open {");
    }
}
