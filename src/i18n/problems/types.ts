/**
 * The shape of every language's custom-function error catalogue: one sentence per problem
 * (src/metrics/errors.ts lists them with their facts) and the words they share. A missing
 * key is a compile error; test/unit/problems.test.ts renders every key in every language.
 */
import type {
  Name,
  Place,
  Problem,
  ProblemKey,
  ProblemParams,
  Quantity,
  Shown,
  Subject,
} from '../../metrics/errors';

/** What a sentence can ask for while it is being written. */
export interface Say {
  /** A number as the spreadsheet's locale writes it (0,95 where the decimal mark is a comma). */
  n(x: number): string;
  /** A quantity in the language, or an argument's own (English) name. */
  name(x: Name): string;
  /** "row 3", "column 2", "row 3, column 2". */
  at(p: Place): string;
  /** A cell's value: a quote of its text, "a date", a number… */
  show(v: Shown): string;
  /** Who a sentence is about: "reopens in row 3", "row 3", "start", "a cell". */
  subject(s: Subject): string;
  /** Another problem's sentence (for `context`). */
  inner(p: Problem): string;
}

export type ProblemTexts = { [K in ProblemKey]: (p: ProblemParams[K], t: Say) => string };

export interface ProblemWords {
  quantities: Record<Quantity, string>;
  row(n: number): string;
  column(n: number): string;
  cell(row: number, column: number): string;
  show: { [K in Shown['kind']]: (v: Extract<Shown, { kind: K }>, t: Say) => string };
  /** `name` and `place` are already in words; either may be missing. */
  subject(name: string | undefined, place: string | undefined): string;
}

export interface ProblemCatalogue {
  words: ProblemWords;
  texts: ProblemTexts;
  /** The whole sentence's last touch (Chinese: spacing between Han and Latin text). */
  finish?(sentence: string): string;
}
