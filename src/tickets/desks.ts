/**
 * Each help desk's own definitions, applied at import so the report counts what the desk's
 * dashboard counts (research: ../shared/research/desk-definitions-and-demand-2026-12-05.md §2):
 * which tickets it leaves out, when a ticket counts as solved, and what one-touch means. A file
 * from no recognised desk keeps the report's definitions (DESIGN §6.1).
 */
import type { Field } from './fields';
import type { HelpDesk } from './profiles';

/** Why a ticket is left out, as the desk leaves it out. */
export const EXCLUSIONS = ['deleted', 'spam', 'merged', 'unassigned'] as const;
export type Exclusion = (typeof EXCLUSIONS)[number];

/** A definition the import applied, or fell back from for want of a column. */
export type Definition = 'oneTouch' | 'stillSolved' | 'byStatus' | 'byTag' | 'unassigned';

export interface DeskRules {
  /**
   * One-touch from the agent replies when the export has no flag: 'desk' is Zendesk's
   * (fewer than two replies, reopens not counted: a "thanks" reopen solved again is still
   * one-touch), 'report' ours (exactly one reply and no reopen).
   */
  oneTouch: 'desk' | 'report';
  /** A solved date counts only while the status is one of these (the latest solve, Zendesk). */
  solvedStatuses?: RegExp;
  /** Statuses the desk leaves out, and why. */
  statuses: [RegExp, Exclusion][];
  /** Tags the desk (or the teams using it) leave out, and why. */
  tags: [RegExp, Exclusion][];
  /** Tickets with neither agent nor group are left out (Freshdesk). */
  needsOwner: boolean;
  /** The rating column says whether a survey was offered (Zendesk's Offered, Unoffered). */
  surveyWords: boolean;
}

const REPORT: DeskRules = {
  oneTouch: 'report',
  statuses: [],
  tags: [],
  needsOwner: false,
  surveyWords: false,
};

const ZENDESK: DeskRules = {
  oneTouch: 'desk',
  solvedStatuses: /^(solved|closed)$/i,
  statuses: [
    [/^deleted$/i, 'deleted'],
    [/^spam$/i, 'spam'],
  ],
  tags: [
    [/^closed_by_merge$/i, 'merged'],
    [/^spam$/i, 'spam'],
  ],
  needsOwner: false,
  surveyWords: true,
};

/** The desks whose definitions differ from the report's; the others keep the report's. */
export const DESK_RULES: Record<HelpDesk, DeskRules> = {
  zendesk: ZENDESK,
  explore: ZENDESK,
  freshdesk: {
    ...REPORT,
    statuses: [
      [/^deleted$/i, 'deleted'],
      [/^spam$/i, 'spam'],
    ],
    needsOwner: true,
  },
  intercom: REPORT,
  hubspot: REPORT,
  jira: REPORT,
  servicenow: REPORT,
};

export function rulesOf(desk: HelpDesk | null | undefined): DeskRules {
  return desk ? DESK_RULES[desk] : REPORT;
}

/** The columns each definition needs: without one, the report's definition stands. */
export const DEFINITION_NEEDS: Record<Definition, Field[]> = {
  oneTouch: ['replies'],
  stillSolved: ['status'],
  byStatus: ['status'],
  byTag: ['tags'],
  unassigned: ['assignee', 'group'],
};

/** The definitions a desk's rules use. */
export function definitionsOf(rules: DeskRules): Definition[] {
  const out: Definition[] = [];
  if (rules.oneTouch === 'desk') out.push('oneTouch');
  if (rules.solvedStatuses) out.push('stillSolved');
  if (rules.statuses.length) out.push('byStatus');
  if (rules.tags.length) out.push('byTag');
  if (rules.needsOwner) out.push('unassigned');
  return out;
}

/** Tags as an export writes them: split on commas or spaces, lower case. */
export function tagsOf(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((x) => x.trim().toLowerCase())
    .filter(Boolean);
}

/** Why the desk leaves a ticket out, or undefined when it counts it. */
export function exclusionOf(
  rules: DeskRules,
  t: { status: string; tags: string[]; assignee: string; group: string; owners: boolean },
): Exclusion | undefined {
  for (const [re, why] of rules.statuses) if (re.test(t.status.trim())) return why;
  for (const [re, why] of rules.tags) if (t.tags.some((x) => re.test(x))) return why;
  if (rules.needsOwner && t.owners && !t.assignee && !t.group) return 'unassigned';
  return undefined;
}

/**
 * Whether the desk counts a ticket as one-touch from its agent replies and reopens (undefined
 * when the replies are unknown). Counted over solved tickets, like the share the desk shows.
 */
export function oneTouch(
  rules: DeskRules,
  replies: number | '',
  reopens: number | '',
): 0 | 1 | undefined {
  if (replies === '') return undefined;
  if (rules.oneTouch === 'desk') return replies < 2 ? 1 : 0;
  return replies === 1 && (reopens === '' || reopens === 0) ? 1 : 0;
}

/** Whether the desk leaves any tickets out (the import then offers to keep them). */
export function leavesOut(desk: HelpDesk | null | undefined): boolean {
  const r = rulesOf(desk);
  return r.statuses.length > 0 || r.tags.length > 0 || r.needsOwner;
}
