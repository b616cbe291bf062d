/** Options of mount(), update() and the <partner-calc> attributes (but `loading`, which only defers the wasm). All optional; `null` resets one. */
export interface PartnerCalcOptions {
  /** Lock the widget to one programme: "directum" | "stakhanovets" | "smart-soft" | "asoft" | "bitrix-kz". */
  vendor?: string | null;
  /** The tier to show (an id of the programme's tiers). */
  tier?: string | null;
  /** The product to show (an id of the programme's products). */
  product?: string | null;
  /** The language: "ru" (default) or "en". */
  lang?: "ru" | "en" | null;
  /** The compact layout (no tier ladder). */
  compact?: boolean | null;
  /**
   * The lines the deal starts with (a typical bundle), at most 50: each a product id and, where
   * given, its quantity (1 otherwise), unit RRP (your `prices`, or the example, otherwise) and the
   * index of the licence line a share-priced line follows. A reset goes back to them; `null`:
   * back to one line. On the element, set the `lines` property.
   */
  lines?: { product: string; quantity?: number | string; unit_price?: number | string; share_of?: number }[] | null;
  /** Recommended retail prices by product id, as numbers or decimal strings ("12500.50"). */
  prices?: Record<string, number | string> | null;
  /**
   * The vendor's own programmes, in the format of `programme.schema.json` (amounts as numbers or
   * decimal strings): each replaces the bundled programme with its id or is added after them;
   * an invalid one is refused whole (a `partner-calc:error` lists every problem). `null`: back
   * to the bundled programmes only.
   */
  programmes?: ProgrammeData[] | null;
  /**
   * A call to action under the result: a link to `href` (an https:// address or a path on your
   * site) labelled `label`: one text for both languages, or one per language (given in one
   * language only, it is used in both); at most 80 characters each. Clicking it dispatches a
   * cancelable `partner-calc:cta` event (`PartnerCalcCta`); the link is followed unless you call
   * `preventDefault()`. `null`: none.
   */
  cta?: { href: string; label: string | { ru: string; en?: string } | { ru?: string; en: string } } | null;
}

/** The `detail` of `partner-calc:cta`. */
export interface PartnerCalcCta {
  /** The configured link. */
  href: string;
  /** The quote on screen (a `DealQuote` for a deal of several lines), `null` while the form does not price. */
  quote: Quote | DealQuote | null;
}

/** A programme in the published format (see `programme.schema.json`). */
export type ProgrammeData = Record<string, unknown>;

/** What `check(programme)` says. */
export interface ProgrammeCheck {
  /** Whether `mount()` would take the programme. */
  ok: boolean;
  /** Every problem, `path: reason`. */
  errors: string[];
}

/** A quote request, as the engine takes it. Amounts are numbers or decimal strings. */
export interface QuoteRequest {
  vendor: string;
  tier: string;
  product: string;
  situation?: string | null;
  quantity: number | string;
  unit_price: number | string;
  choices?: Record<string, { percent: number | string } | { on: boolean } | { pick: string }> | null;
  sales_last_12_months?: number | string | null;
  /** The customer's price: the quote then carries `customer` (a `Resale`). */
  customer?: CustomerRequest | null;
}

/**
 * The price to the customer and a target margin. Nothing set: the customer pays the RRP. A
 * discount (0–100 %, the deal's and each line's own) or an amount for the whole deal, not both.
 * With `target`, `customer.goal` in the quote is the largest discount that keeps the margin (a
 * percentage of the customer price under 100, or an amount), exact to 0.01.
 */
export interface CustomerRequest {
  discount_percent?: number | string | null;
  /** Lines' own discounts by index (from 0); `null`: the deal's. */
  line_discount_percent?: (number | string | null)[] | null;
  amount?: number | string | null;
  target?: { percent: number | string } | { amount: number | string } | null;
}

/**
 * A deal of several lines (1 to 50), as `quote()` takes it; `quote()` then returns a `DealQuote`
 * (each line's quote under `lines`, the totals their exact sums). A refused deal throws an
 * `Error` that names its line ("Line 2: …" in English, "Строка 2: …" in Russian).
 */
export interface DealRequest {
  vendor: string;
  tier: string;
  lines: DealLineRequest[];
  sales_last_12_months?: number | string | null;
  /** The customer's price for the deal: the deal quote then carries `customer` (a `Resale`). */
  customer?: CustomerRequest | null;
}

/** One line of a `DealRequest`. */
export interface DealLineRequest {
  product: string;
  situation?: string | null;
  quantity: number | string;
  /** Needed unless the line follows another (`share_of`). */
  unit_price?: number | string;
  choices?: Record<string, { percent: number | string } | { on: boolean } | { pick: string }> | null;
  /**
   * For a product priced as a share of the licence delivery (ASoft updates, 20 %): the index
   * (from 0) of the licence line it follows; its price is that line's list total, quantity 1.
   */
  share_of?: number | null;
}

/** The `detail` of `partner-calc:quote`: the quote on screen, a `DealQuote` for a deal of several lines. */
export type PartnerCalcQuote = Quote | DealQuote;

/** The `detail` of `partner-calc:error`. */
export interface PartnerCalcError {
  message: string;
  errors: string[];
}

// ---- generated from the Rust types by src/typescript.rs; do not edit below ----
export type I18n = { 
/**
 * Russian wording (usually the document's own).
 */
ru: string, 
/**
 * English wording.
 */
en: string, };
export type Source = { 
/**
 * The seed file name, e.g. `000_9a9e1f877df62488.txt`.
 */
file: string, 
/**
 * The section, table or row the figure is read from.
 */
section: string, };
export type Currency = "rub" | "kzt";
export type Money = string;
export type Percent = string;
export type Basis = "vendor_money" | "sales";
export type Period = "twelve_months" | "year";
export type Threshold = { 
/**
 * The amount, in the programme's currency.
 */
amount: Money, 
/**
 * The period the sales are counted over.
 */
period: Period, 
/**
 * What the sales are counted in.
 */
basis: Basis, 
/**
 * Where the threshold is stated.
 */
source: Source, };
export type Fact = { 
/**
 * The statement.
 */
text: I18n, 
/**
 * Where it is stated.
 */
source: Source, };
export type RateKind = "fixed" | "up_to" | "bonus" | "one_of" | "individual";
export type ListShare = { 
/**
 * The share, in percent.
 */
percent: string, 
/**
 * What it is a share of, worded to follow the percentage.
 */
of: I18n, };
export type QuoteStep = { 
/**
 * Step id (request choices name it).
 */
id: string, 
/**
 * What the step is.
 */
label: I18n, 
/**
 * The kind of rate, which says how the percentage was set.
 */
rate: RateKind, 
/**
 * The percentage applied; `None` when individual.
 */
percent: string | null, 
/**
 * The amount, rounded to 0.01; `None` when individual.
 */
amount: string | null, 
/**
 * The lowest percentage the document allows here.
 */
min_percent: string | null, 
/**
 * The highest percentage the document allows here.
 */
max_percent: string | null, 
/**
 * How a paid-later step reaches the partner; `None` for invoice steps.
 */
paid_later: I18n | null, 
/**
 * True when the programme's cap cut this step.
 */
capped: boolean, 
/**
 * Where the figure is stated.
 */
source: Source, };
export type CaveatKind = "by_agreement" | "discretion" | "paid_later" | "over_user_limit" | "capped" | "condition";
export type Caveat = { 
/**
 * What kind of caveat.
 */
kind: CaveatKind, 
/**
 * The step it concerns, if any.
 */
step: string | null, 
/**
 * The document's words it refers to: the condition, the agreement, how
 * a bonus is paid, the step's label (discretion), the product's unit
 * (user limit); `None` for a cap.
 */
text: I18n | null, 
/**
 * The figure it is about: the range's top or the cap (percent), the
 * user limit (units).
 */
figure: string | null, };
export type MetTier = { 
/**
 * Tier id.
 */
tier: string, 
/**
 * Tier name.
 */
name: I18n, 
/**
 * The threshold the sales meet.
 */
threshold: Threshold, 
/**
 * Its non-monetary requirements, never assumed met.
 */
requirements: Array<Fact>, };
export type ResaleLine = { 
/**
 * The line's discount off RRP, in percent.
 */
discount_percent: string, 
/**
 * What the customer pays for the line.
 */
selling: string, 
/**
 * The line's selling price − its net price; `None` by agreement.
 */
margin_left: string | null, };
export type Goal = { "outcome": "found", 
/**
 * What the customer pays.
 */
selling_total: string, 
/**
 * The largest discount that keeps the target, in money.
 */
saving: string, 
/**
 * That discount as a percentage of the list total.
 */
saving_percent: string | null, 
/**
 * The margin left at that price.
 */
margin_left: string, 
/**
 * The margin left as a percentage of the selling total.
 */
margin_left_percent: string | null, } | { "outcome": "above_programme", 
/**
 * The margin at RRP.
 */
margin: string, 
/**
 * The margin at RRP as a percentage of the list total.
 */
margin_percent: string | null, } | { "outcome": "by_agreement" };
export type Resale = { 
/**
 * What the customer pays.
 */
selling_total: string, 
/**
 * What the customer saves: list total − selling total.
 */
saving: string, 
/**
 * The saving as a percentage of the list total; `None` for a zero list.
 */
saving_percent: string | null, 
/**
 * The partner's margin at the moment of sale; `None` by agreement.
 */
margin_left: string | null, 
/**
 * The margin left as a percentage of the selling total; `None` by
 * agreement or for a zero selling total.
 */
margin_left_percent: string | null, 
/**
 * True when the selling total is below the partner's net price: a loss.
 */
below_net: boolean, 
/**
 * Bonuses paid back later, apart from the margin at the moment of sale.
 */
paid_later_total: string, 
/**
 * Each line at its discount; empty when the price is an amount.
 */
lines: Array<ResaleLine>, 
/**
 * The goal seek's answer, when a target was asked for.
 */
goal: Goal | null, };
export type NextTier = { 
/**
 * Tier id.
 */
tier: string, 
/**
 * Tier name.
 */
name: I18n, 
/**
 * Its money threshold, where the document gives one.
 */
threshold: Threshold | null, 
/**
 * What is left to sell to reach the threshold (0 when already reached),
 * in the threshold's basis; `None` without a threshold or sales figure.
 */
remaining: string | null, 
/**
 * For a threshold in vendor money: the sales at RRP that pay the vendor
 * `remaining` at this quote's discount.
 */
remaining_at_rrp: string | null, 
/**
 * Its non-monetary requirements.
 */
requirements: Array<Fact>, 
/**
 * What it unlocks beyond discounts.
 */
unlocks: Array<Fact>, 
/**
 * The tiers between the quoted one and this one whose money threshold
 * the sales already meet (their other requirements still apply).
 */
met: Array<MetTier>, 
/**
 * This same deal priced at that tier, when it can be priced.
 */
quote: Quote | null, 
/**
 * How much more margin this deal would earn there.
 */
gain: string | null, };
export type Quote = { 
/**
 * Programme id.
 */
vendor: string, 
/**
 * Tier id.
 */
tier: string, 
/**
 * Product id.
 */
product: string, 
/**
 * Deal situation id.
 */
situation: string, 
/**
 * The currency of every amount.
 */
currency: Currency, 
/**
 * Units sold.
 */
quantity: string, 
/**
 * RRP of one unit, as entered.
 */
unit_price: string, 
/**
 * Quantity × RRP (× the list share where the product has one).
 */
list_total: string, 
/**
 * The product's list price as a share of the entered price, if it is one.
 */
list_share: ListShare | null, 
/**
 * The waterfall from the list total, in the programme's order.
 */
steps: Array<QuoteStep>, 
/**
 * What the partner pays the vendor; `None` when priced by agreement.
 */
net_total: string | null, 
/**
 * The partner's margin when selling at RRP: list total − net total.
 */
margin: string | null, 
/**
 * The discount on this invoice, as a percentage of the list total.
 */
effective_discount_percent: string | null, 
/**
 * Bonuses and rebates paid back later, not deducted from this invoice.
 */
paid_later_total: string, 
/**
 * Invoice discount plus what is paid later, as a percentage.
 */
total_benefit_percent: string | null, 
/**
 * Conditions, discretion, agreements and limits the user must know.
 */
caveats: Array<Caveat>, 
/**
 * The next tier up and this deal priced there, if there is one.
 */
next_tier: NextTier | null, 
/**
 * The quote sold at the customer's price, when the request asks.
 */
customer: Resale | null, };
export type DealStep = { 
/**
 * Step id.
 */
id: string, 
/**
 * What the step is (the first line's label for it).
 */
label: I18n, 
/**
 * True for a step paid back later, not deducted from the invoice.
 */
paid_later: boolean, 
/**
 * Σ of the lines' amounts; `None` when a line has no figure for it.
 */
amount: string | null, };
export type AfterUnknown = "no_threshold" | "no_sales" | "basis_not_stated" | "net_by_agreement";
export type DealNextTier = { 
/**
 * Tier id.
 */
tier: string, 
/**
 * Tier name.
 */
name: I18n, 
/**
 * Its money threshold, where the document gives one.
 */
threshold: Threshold | null, 
/**
 * What is left to reach the threshold before this deal (0 when reached),
 * in the threshold's basis; `None` without a threshold or sales figure.
 */
remaining_before: string | null, 
/**
 * What is left once this deal is counted; `None` when `after_unknown`
 * says why it cannot be known.
 */
remaining_after: string | null, 
/**
 * Why there is no after-deal figure.
 */
after_unknown: AfterUnknown | null, 
/**
 * Its non-monetary requirements.
 */
requirements: Array<Fact>, 
/**
 * What it unlocks beyond discounts.
 */
unlocks: Array<Fact>, 
/**
 * The tiers between the deal's and this one whose money threshold the
 * sales already meet before this deal (their other requirements still apply).
 */
met: Array<MetTier>, 
/**
 * The whole deal priced at that tier, when it can be priced.
 */
quote: DealQuote | null, 
/**
 * How much more margin the deal earns there.
 */
gain: string | null, };
export type DealQuote = { 
/**
 * Programme id.
 */
vendor: string, 
/**
 * Tier id.
 */
tier: string, 
/**
 * The currency of every amount.
 */
currency: Currency, 
/**
 * Each line priced, in the request's order (without a next tier).
 */
lines: Array<Quote>, 
/**
 * Σ of the lines' list totals.
 */
list_total: string, 
/**
 * Each step summed over the lines that have it (the same id, label and
 * settlement), in order of appearance.
 */
steps: Array<DealStep>, 
/**
 * Σ of the lines' net totals; `None` when a line is priced by agreement.
 */
net_total: string | null, 
/**
 * Σ of the lines' margins: list total − net total.
 */
margin: string | null, 
/**
 * Σ of what the lines pay back later.
 */
paid_later_total: string, 
/**
 * margin ÷ list total × 100, rounded to 0.01 half away from zero;
 * `None` by agreement or for a zero list total.
 */
effective_discount_percent: string | null, 
/**
 * (margin + paid later) ÷ list total × 100, rounded as above.
 */
total_benefit_percent: string | null, 
/**
 * Indexes of the lines priced by agreement.
 */
by_agreement: Array<number>, 
/**
 * The next tier with this deal counted, if there is one.
 */
next_tier: DealNextTier | null, 
/**
 * The deal sold at the customer's price, when the request asks.
 */
customer: Resale | null, };
export type Named = { 
/**
 * The id.
 */
id: string, 
/**
 * The name.
 */
name: I18n, };
export type Programme = { 
/**
 * Programme id (the `vendor` option).
 */
id: string, 
/**
 * The vendor's name.
 */
vendor: I18n, 
/**
 * The programme's name.
 */
name: I18n, 
/**
 * The currency of its prices.
 */
currency: Currency, 
/**
 * Its tiers, lowest first (the `tier` option).
 */
tiers: Array<Named>, 
/**
 * Its products (the `product` option and the keys of `prices`).
 */
products: Array<Named>, };
