// Types of the embed loader (partner-calc.js). Its functions load the wasm (once) and return
// promises; the wasm's own, synchronous ones are in pkg/partner_calc.d.ts.
import type { Handle, PartnerCalcOptions, QuoteRequest, Quote, DealRequest, DealQuote, Programme, ProgrammeData, ProgrammeCheck } from './pkg/partner_calc.js';
export type { Handle, PartnerCalcOptions, QuoteRequest, Quote, QuoteStep, Caveat, NextTier, DealRequest, DealLineRequest, DealQuote, DealStep, DealNextTier, AfterUnknown, CustomerRequest, Resale, ResaleLine, Goal, PartnerCalcQuote, PartnerCalcError, PartnerCalcCta, Programme, ProgrammeData, ProgrammeCheck, I18n } from './pkg/partner_calc.js';
/** Resolves once the wasm has loaded (rejects if it failed); awaiting it loads nothing. */
export declare const ready: Promise<void>;
/** Renders a widget into `element`'s shadow root; rejects with a TypeError or NotSupportedError for an element that cannot hold one. */
export declare function mount(element: Element, options?: PartnerCalcOptions): Promise<Handle>;
/** Prices a request as the engine does; rejects with an Error with the engine's message (Russian, or English with lang "en"). */
export declare function quote(request: QuoteRequest, lang?: string | null): Promise<Quote>;
/** Prices a deal of several lines; rejects with an Error naming the line ("Line 2: …" with lang "en"). */
export declare function quote(request: DealRequest, lang?: string | null): Promise<DealQuote>;
/** The bundled programmes. */
export declare function programmes(): Promise<Programme[]>;
/** Checks a programme as the `programmes` option would take it. */
export declare function check(programme: ProgrammeData, lang?: string | null): Promise<ProgrammeCheck>;
