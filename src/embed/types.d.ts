/** Options of mount(), update() and the <partner-calc> attributes. All optional; `null` resets one. */
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
  /** Recommended retail prices by product id, as numbers or decimal strings ("12500.50"). */
  prices?: Record<string, number | string> | null;
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
}

/** A text in both languages. */
export interface I18n { ru: string; en: string }

/** One line of a quote's waterfall. Amounts and percentages are decimal strings. */
export interface QuoteStep {
  id: string;
  label: I18n;
  rate: "fixed" | "up_to" | "bonus" | "one_of" | "individual";
  percent: string | null;
  amount: string | null;
  min_percent: string | null;
  max_percent: string | null;
  paid_later: I18n | null;
  capped: boolean;
  source: { file: string; section: string };
}

/** Something to know about a quote: a kind and its parameters (the widget words it). */
export interface Caveat {
  kind: "by_agreement" | "discretion" | "paid_later" | "over_user_limit" | "capped" | "condition";
  /** The step it concerns. */
  step: string | null;
  /** The document's words: the condition, the agreement, how a bonus is paid, the step's label, the unit. */
  text: I18n | null;
  /** The range's top or the cap (percent), or the user limit (units), as a decimal string. */
  figure: string | null;
}

/** A priced quote (the `detail` of `partner-calc:quote`). Amounts are decimal strings; null means "by agreement". */
export interface Quote {
  vendor: string;
  tier: string;
  product: string;
  situation: string;
  currency: "rub" | "kzt";
  quantity: string;
  unit_price: string;
  list_total: string;
  steps: QuoteStep[];
  net_total: string | null;
  margin: string | null;
  effective_discount_percent: string | null;
  paid_later_total: string;
  total_benefit_percent: string | null;
  caveats: Caveat[];
  next_tier: Record<string, unknown> | null;
}

/** The `detail` of `partner-calc:error`. */
export interface PartnerCalcError {
  message: string;
  errors: string[];
}

/** A bundled programme's ids and names. */
export interface Programme {
  id: string;
  vendor: I18n;
  name: I18n;
  currency: "rub" | "kzt";
  tiers: { id: string; name: I18n }[];
  products: { id: string; name: I18n }[];
}
