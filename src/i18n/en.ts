/** English: metric texts come straight from the catalogue (the source of truth). */
import { METRICS, TRACKED_INPUTS, type MetricId, type TrackedInputId } from '../catalogue';
import type { Messages, MetricText } from './messages';

export function en(): Messages {
  const metrics = {} as Record<MetricId, MetricText>;
  for (const m of METRICS) {
    metrics[m.id] = {
      name: m.name,
      definition: m.definition,
      formula: m.formula,
      source: m.source,
      inputs: m.inputs.map((i) => i.name),
    };
  }
  const inputs = {} as Record<TrackedInputId, string>;
  for (const i of TRACKED_INPUTS) inputs[i.id] = i.name;
  return {
    languageName: 'English',
    currency: '$',
    units: { hours: 'h', minutes: 'min' },
    tabs: {
      metrics: 'Monthly metrics',
      volume: 'Ticket volume',
      formulas: 'Formulas & definitions',
    },
    report: {
      title: 'Customer service report {year}',
      intro:
        "Type each month's numbers in the yellow Inputs cells; the Metrics block calculates itself. Set your own targets: green meets the target, red misses it.",
      metric: 'Metric',
      inputs: 'Inputs',
      metrics: 'Metrics',
      target: 'Target',
      goodWhen: 'Good when',
      ytd: 'Year to date',
      volumeTitle: 'Ticket volume {year}',
      volumeIntro:
        'Tickets per category and per channel each month. The charts show rising categories and spikes.',
      byCategory: 'Tickets by category',
      byChannel: 'Tickets by channel',
      total: 'Total',
      share: 'Share of total',
      difference: 'Difference from tickets created (Monthly metrics)',
      formulasTitle: 'Formulas and definitions',
      formulasIntro:
        'Every metric with its definition and formula. Change the yellow cells to use a calculator; they start with the worked examples from the guides.',
      definition: 'Definition',
      formula: 'Formula',
      source: 'Source',
      result: 'Result',
      customFunction: 'Custom function',
      noFunction: 'Tracked in the Monthly metrics tab',
      protectedWarning:
        'Calculated by Support Metrics. Change the inputs, or generate the report again.',
      validationCount: 'Enter a whole number, 0 or more.',
      validationAmount: 'Enter a number, 0 or more.',
      validationNumber: 'Enter a number.',
      confidence: 'Confidence for the change rows',
      change: 'Change vs previous month',
      margin: 'Margin of error (±)',
      changePoints: 'Change (points)',
      changeNote:
        "How to read the changes: a change is coloured only when it is larger than its margin of error at the confidence above (green up, red down). An uncoloured change may be chance; fewer answers mean a wider margin. Year to date compares with the previous period's report.",
      pValue: 'p-value (chance of such a change by noise alone)',
      verdict: 'Verdict',
      verdictReal: 'Real: the change is larger than noise',
      verdictNoise: 'Could be noise: the change is within the margin of error',
      calculatorBelow: 'Calculator below',
      monthsCounted: 'Months counted',
      input: 'Input {n}',
      value: 'Value',
    },
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    categories: {
      sales: 'Sales question',
      technical: 'Technical question',
      cancellation: 'Cancellation',
      return: 'Return',
      shipping: 'Shipping',
      availability: 'Product availability',
      other: 'Other',
    },
    channels: {
      email: 'Email',
      phone: 'Phone',
      chat: 'Live chat',
      social: 'Social media',
      other: 'Other',
    },
    inputs,
    metrics,
    sidebar: {
      title: 'Support Metrics',
      reportHeading: 'Monthly report',
      year: 'Year',
      firstMonth: 'First month',
      language: 'Language',
      currency: 'Currency',
      generate: 'Generate monthly report',
      generating: 'Generating the report…',
      created: 'Report created in {seconds} s.',
      updated: 'Report updated in {seconds} s. Everything you typed or added was kept.',
      openReport: 'Open the report',
      failed: 'The report was not generated:',
      functionsHeading: 'Functions',
      search: 'Search functions',
      noMatch: 'No function matches.',
      copy: 'Copy',
      copied: 'Copied',
      example: 'Example',
    },
    menu: {
      openSidebar: 'Open sidebar',
      generate: 'Generate monthly report',
      help: 'Help',
      helpText:
        'Type =NPS(B2:B500), =CRR(S, E, N) and the other functions in any cell, or generate the monthly report from the sidebar. The report uses only native formulas, so copies and .xlsx downloads keep working.',
    },
    errors: {
      busy: 'Another report is being generated in this file. Try again in a moment.',
      year: 'Choose a year from 2000 to 2100.',
      firstMonth: 'Choose a first month from 1 to 12.',
      language: 'Choose one of the listed languages.',
      currency: 'Type a currency of 1 to 12 characters, e.g. € or USD.',
      unexpected: 'Something unexpected went wrong. Nothing in your sheets was changed.',
      moved:
        'Nothing was changed. In \'{tab}\', the labels no longer match their rows ({count} rows; row {row} says "{found}" where "{expected}" belongs): a sort or a move separated them. Undo it (Edit > Undo) or put the rows back, then update again. To see rows in another order, use a filter view.',
    },
  };
}
