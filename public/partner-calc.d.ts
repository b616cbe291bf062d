// Types of the embed loader (partner-calc.js): the package's API, re-exported.
export { mount, quote, programmes, check, Handle } from './pkg/partner_calc.js';
export type { PartnerCalcOptions, QuoteRequest, Quote, QuoteStep, Caveat, NextTier, PartnerCalcError, PartnerCalcCta, Programme, ProgrammeData, ProgrammeCheck, I18n } from './pkg/partner_calc.js';
