/** A4 in points. */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** Page geometry and type of the PDF, in points (A4 portrait is 595.28 × 841.89). */
export const PAGE = {
  marginX: 48,
  /** Content starts below the running header… */
  top: 62,
  /** …and stops above the running footer. */
  bottom: 58,
  headerY: 30,
  footerFromBottom: 28,
} as const;

export const FONT = 'DejaVuSans';

export const SIZE = {
  coverTitle: 26,
  coverKind: 15,
  h1: 17,
  h2: 12.5,
  h3: 11,
  body: 9.5,
  small: 8,
  table: 8,
  furniture: 7.5,
} as const;

/** Line height as a multiple of the font size. */
export const LEADING = 1.35;

export const COLOR = {
  text: '#1b2330',
  muted: '#4b5563',
  rule: '#c9ced6',
  heading: '#14315c',
  tableHead: '#e8edf4',
  tableStripe: '#f7f8fa',
  warningText: '#7a2e0a',
  warningFill: '#fdf1e6',
  warningBar: '#b54708',
  link: '#1d4f91',
} as const;
