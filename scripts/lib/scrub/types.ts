/** What a detected piece of personal data is; the placeholder is `[type]`. */
export type PiiType =
  | 'e-mail'
  | 'telefoon'
  | 'iban'
  | 'bsn'
  | 'postcode'
  | 'adres'
  | 'kenteken'
  | 'geboortedatum'
  | 'naam'
  | 'handle'
  | 'ordernummer'
  | 'kaartnummer'
  | 'url'
  | 'rijksregisternummer';

export interface ScrubOptions {
  /** The company's own accounts (`@Name`, with or without `@`): never scrubbed as a customer's handle or name. */
  companyHandles?: readonly string[];
  /** The company's own public phone numbers (any notation): never scrubbed. */
  companyPublicNumbers?: readonly string[];
  /** Extra order, customer or case number patterns; every match becomes `[ordernummer]`. */
  orderPatterns?: readonly (RegExp | string)[];
  /** Only look for these types (default: all). */
  only?: readonly PiiType[];
}

export interface ScrubSpan {
  /** Offsets into the input text (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  type: PiiType;
}

export interface ScrubResult {
  text: string;
  redacted: boolean;
  spans: ScrubSpan[];
}

/** A detection in the matching view of the text; a higher priority wins an overlap. */
export interface Candidate {
  start: number;
  end: number;
  type: PiiType;
  priority: number;
}

/** The compiled options every detector reads. */
export interface ScrubContext {
  companyHandles: ReadonlySet<string>;
  companyNumbers: ReadonlySet<string>;
  orderPatterns: readonly RegExp[];
  /** The types to look for; null = all. */
  only: ReadonlySet<PiiType> | null;
}
