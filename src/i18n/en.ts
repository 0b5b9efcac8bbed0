/** English: metric texts come straight from the catalogue (the source of truth). */
import {
  METRICS,
  TEAM_COLUMNS,
  TRACKED_INPUTS,
  type MetricId,
  type TeamColumnId,
  type TrackedInputId,
} from '../catalogue';
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
  const columns = {} as Messages['team']['columns'];
  for (const c of TEAM_COLUMNS)
    columns[c.id as TeamColumnId] = {
      name: c.name,
      definition: c.definition,
      formula: c.formula,
      ...(c.of ? { of: c.of } : {}),
    };
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
      team: 'Team',
      weekly: 'Weekly',
      sla: 'SLA by priority',
      tickets: 'Tickets',
    },
    weekly: {
      title: 'Weekly review {year}',
      intro:
        "The last 13 weeks (Monday to Sunday) from the Tickets tab. First reply times are by the week a ticket was created, CSAT by the week it was solved; the backlog is the tickets unsolved at the week's end. The weeks follow today; type a Monday in the yellow cell to hold them.",
      noExtract: 'Weeks need the Tickets tab: the BigQuery extracts hold months only.',
      latest: 'Latest week starting',
      week: 'Week',
      columns: {
        start: 'Starting',
        created: 'Tickets created',
        solved: 'Tickets solved',
        frt: 'Mean first reply time (h)',
        frt_median: 'Median first reply time (h)',
        csat: 'CSAT (% Good)',
        backlog: "Unsolved at the week's end",
      },
      dateFormat: 'd mmm yyyy',
    },
    sla: {
      title: 'SLA by priority {year}',
      intro:
        "Tickets whose first reply and resolution met the targets of their priority: first replies by the month a ticket was created, resolutions by the month it was solved, as tab 1 counts their times. Type each priority's targets, in hours, in the yellow cells.",
      noExtract: 'SLA by priority needs the Tickets tab: the BigQuery extracts hold no priorities.',
      fromDesk:
        "Where a ticket has the help desk's own SLA status (First reply SLA met, Resolution SLA met on the Tickets tab), that status is counted; other tickets count by their time against the target.",
      fromTimes:
        "Each ticket's time is compared with its priority's target: the Tickets tab has no SLA status from the help desk.",
      month: 'Month',
      priority: 'Priority',
      targets: { frt: 'First reply target (h)', res: 'Resolution target (h)' },
      columns: {
        frt_n: 'First replies',
        frt_met: 'First replies within target',
        frt_pct: 'First reply SLA met (%)',
        res_n: 'Resolutions',
        res_met: 'Resolutions within target',
        res_pct: 'Resolution SLA met (%)',
      },
      other: 'Other priorities',
      none: 'No priority',
      all: 'All tickets',
      defaults:
        'A new priority starts with these targets (first reply, resolution): urgent or critical 1 h and 4 h, high 4 h and 24 h, normal or medium 8 h and 72 h, low 24 h and 120 h, any other 8 h and 72 h. A target that is not a number is marked, and its row and All tickets are left blank.',
    },
    backlog: {
      heading: 'Backlog by age at the month’s end',
      at: 'Counted at',
      ages: {
        lt1: 'Under 1 day',
        d1: '1 to 3 days',
        d3: '3 to 7 days',
        d7: '7 to 30 days',
        d30: '30 days or more',
      },
      total: 'Unsolved tickets',
      oldest: 'Oldest unsolved (days)',
      note: 'Tickets unsolved at the end of each month (now, for the month under way), by how long they had been open; from the Tickets tab. 1 to 3 days includes 1 day and not 3.',
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
      fromTickets: '(from Tickets)',
      fromSheet: '(from {sheet})',
      timeStatistics: {
        frt: { median: 'First response time, median', p90: 'First response time, 90th percentile' },
        resolution_time: {
          median: 'Resolution time, median',
          p90: 'Resolution time, 90th percentile',
        },
      },
      monthsCounted: 'Months counted',
      staleTickets: 'New tickets: update the report',
      input: 'Input {n}',
      value: 'Value',
    },
    team: {
      title: 'Team {period}',
      intro:
        'Each agent and each group, over the tickets they solved in the chosen month and in the year to date. Choose the month and the first-reply target in the yellow cells. Definitions are in Formulas & definitions.',
      month: 'Month',
      target: 'First-reply target (h)',
      agents: 'Agents',
      groups: 'Groups',
      chosenMonth: 'Chosen month',
      others: 'Others (and not assigned)',
      all: 'All solved tickets',
      chart: 'Tickets solved per agent (chosen month)',
      validationMonth: 'Choose a month of the report.',
      extractTarget:
        'The extract counted first replies within {hours} h: type that target here, or copy the statement “Per agent and group” again with yours.',
      definitions: 'The Team tab',
      columns,
    },
    differ: {
      title: 'Why our numbers may differ from your help desk’s',
      intro:
        'When a figure here and one on the help desk’s dashboard disagree, compare them check by check. Each row says what this report does and, for the help desks we recognise, what the desk documents, with the source.',
      check: 'What to compare',
      inReport: 'In this report',
      asDesk: 'As {desk} counts it',
      undocumented:
        'The import applies no definitions of {desk}’s own: the report’s definitions above stand. Compare each check with {desk}’s report.',
      deskCheck: '{desk}: {check}',
      checks: {
        population: {
          name: 'Same tickets?',
          ours: 'Every ticket on the “{tickets}” tab counts. An import from a help desk we recognise leaves out what that desk leaves out, unless you chose to keep those tickets; the import summary counts each kind.',
        },
        solved: {
          name: 'Same month?',
          ours: 'A ticket counts as created in the month of its created date and as solved in the month of its solved date.',
        },
        clock: {
          name: 'Same hours?',
          ours: 'Times are in calendar hours, or in business hours when the import used the export’s business-hours columns.',
        },
        statistic: {
          name: 'Same statistic?',
          ours: 'The “{metrics}” tab shows the mean, the median and the 90th percentile of first reply and resolution time. Each row is coloured against its own target; the guides’ formulas are means.',
        },
        zone: {
          name: 'Same time zone?',
          ours: 'The import reads the export’s times in the zone chosen for it; months start at midnight in the spreadsheet’s time zone.',
        },
        freshness: {
          name: 'Same moment?',
          ours: 'The report counts the tickets of the last import and does not sync; a newer export, imported, brings it up to date.',
        },
        oneTouch: {
          name: 'Same one-touch?',
          ours: 'One-touch (first-contact resolution): exactly one agent reply and never reopened, as a share of the tickets solved.',
        },
        sla: {
          name: 'Same SLA?',
          ours: 'The {sla} tab: each ticket’s first reply and resolution time against the targets typed for its priority, or the help desk’s own SLA status where the Tickets tab has one; first replies by the month created, resolutions by the month solved.',
        },
      },
      desks: {
        zendesk: {
          population: {
            desk: 'Deleted tickets are not in Explore, and a ticket marked as spam is deleted. A ticket merged into another is closed, so it counts as solved; teams often filter out the tag closed_by_merge.',
            ours: 'Deleted and spam tickets, and tickets tagged closed_by_merge, are left out at import unless you chose to keep them.',
          },
          solved: {
            desk: 'A ticket counts as solved once, in the month of its latest solve, and only while it is solved or closed: solved in March, reopened and solved again in April, it counts in April.',
            ours: 'A solved date counts only while the ticket’s status is solved or closed; the import summary counts the reopened tickets set aside.',
          },
          clock: {
            desk: 'Reply and resolution times are kept both in calendar and in business hours; each report shows the one its metric names.',
          },
          statistic: {
            desk: 'Reply and resolution times are shown as medians unless a report chooses another aggregation.',
          },
          zone: {
            desk: 'Explore shows times in each viewer’s own profile time zone, and “last 7 days” ends yesterday. The CSV export is in the account’s time zone.',
          },
          freshness: {
            desk: 'Explore syncs its data daily or hourly, depending on the plan, so a dashboard and an export made at another time can hold different tickets.',
          },
          oneTouch: {
            desk: 'One-touch: a solved ticket with fewer than two agent replies (none included), as a share of solved tickets. A customer’s “thanks” that reopens it does not disqualify it.',
            ours: 'As Zendesk counts it: the import marks a ticket one-touch when it has fewer than two agent replies, reopens aside.',
          },
          sla: {
            desk: 'SLA achievement is achieved targets over achieved and breached ones, per policy and metric. Its clocks pause in some statuses and follow schedules, targets still running are left out, and deleted tickets are counted.',
            ours: 'Zendesk’s ticket exports carry no SLA status, so the {sla} tab compares each ticket’s times with the targets typed there: close to Zendesk’s figure only when those targets and clocks match its policies.',
          },
        },
        freshdesk: {
          population: {
            desk: 'Reports count only tickets assigned to an agent or a group, and leave out spam and merged secondary tickets.',
            ours: 'Deleted and spam tickets, and tickets with neither agent nor group, are left out at import unless you chose to keep them. The export does not mark merged secondary tickets, so they are counted.',
          },
          solved: {
            desk: 'A resolved ticket counts in the period of its resolve date, whatever its created date (as documented for Freshservice, its sibling product).',
          },
          clock: {
            desk: 'First response and resolution times are in business hours (the group’s calendar), in reports and in the export’s “(in hrs)” columns.',
          },
          statistic: {
            desk: 'Times are shown as averages, like this report’s mean rows.',
          },
          oneTouch: {
            desk: 'First-contact resolution has two documented definitions: resolved with the first response, or resolved with no reply from the customer. The report keeps its own.',
          },
        },
        intercom: {
          statistic: {
            desk: 'Response and resolution times are shown as medians by default.',
          },
        },
      },
    },
    warehouse: {
      heading: 'Tickets in BigQuery?',
      intro:
        "For more tickets than a spreadsheet holds: the same ticket numbers, computed in BigQuery for the period chosen above, in this spreadsheet's time zone.",
      query: 'Statement',
      source: 'Tables',
      table: 'Table (dataset.table)',
      target: 'First-reply target (h)',
      queries: {
        monthly: 'Monthly numbers',
        breakdown: 'By category, channel, agent, group',
        team: 'Per agent and group (Team tab)',
        weekly: 'Weekly (Weekly tab)',
        sla: 'SLA by priority (SLA tab)',
        backlog: 'Backlog by age (tab 2)',
      },
      sources: {
        tickets: 'Support Metrics tickets table',
        dbt_zendesk: 'dbt_zendesk ticket metrics',
      },
      steps:
        'Copy, then in Sheets: Data ▸ Data connectors ▸ Connect to BigQuery ▸ your project ▸ Custom query. Paste, Connect, then Extract to a new sheet.',
      badTable:
        'Type the table as dataset.table or project.dataset.table (letters, digits, _ and -).',
      badTarget: 'Type the target as a number of hours above 0.',
    },
    monthYear: '{month} {year}',
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
      ticketsFrom: 'Ticket numbers from',
      ticketsTab: 'The Tickets tab',
      generating: 'Generating the report…',
      created: 'Report created in {seconds} s.',
      updated: 'Report updated in {seconds} s. Everything you typed or added was kept.',
      openReport: 'Open the report',
      reportTabs: 'Its tabs:',
      failed: 'The report was not generated:',
      functionsHeading: 'Functions',
      search: 'Search functions',
      noMatch: 'No function matches.',
      copy: 'Copy',
      copied: 'Copied',
      example: 'Example',
    },
    import: {
      heading: 'Import tickets',
      intro:
        'A CSV export from Zendesk, Freshdesk, Intercom, HubSpot or Jira Service Management, or any list of tickets. Only what the metrics need is kept: no subjects, messages, names or e-mail addresses.',
      choose: 'Choose a CSV file',
      drop: 'or drop it here',
      recognised: '{desk} export. Rows: {rows}.',
      unknown: 'Not a known export (rows: {rows}). Say which column holds what:',
      guessed:
        '{desk} export in another layout or language. Rows: {rows}. Check which column holds what:',
      fields: {
        id: 'Ticket ID (required)',
        created: 'Created (required)',
        first_reply_at: 'First reply at',
        solved: 'Solved at',
        updated: 'Updated at',
        status: 'Status',
        channel: 'Channel',
        category: 'Category',
        rating: 'Satisfaction rating',
        reopens: 'Reopens',
        replies: 'Agent replies',
        first_contact: 'Resolved on first contact (yes/no)',
        frt: 'First reply time',
        frt_business: 'First reply time, business hours',
        resolution: 'Resolution time',
        resolution_business: 'Resolution time, business hours',
        assignee: 'Assignee (agent)',
        group: 'Group',
        priority: 'Priority',
        tags: 'Tags',
        brand: 'Brand',
        form: 'Ticket form',
        frt_sla: "First reply SLA status (the help desk's)",
        resolution_sla: "Resolution SLA status (the help desk's)",
      },
      notInFile: '— not in the file —',
      zone: 'Times without a zone are in',
      business: 'Use business-hours times in the report',
      keepAgents: "Keep agents' names (for the Team tab)",
      start: 'Import',
      cancel: 'Cancel',
      progress: 'Tickets sent: {done} of {total}',
      done: 'Done. Added: {added}, updated: {updated}, unchanged: {unchanged}. Tickets in the Tickets tab: {total}.',
      rejected: 'Rows that could not be read and were left out: {count}.',
      duplicates:
        'Rows that repeat a ticket already in the file: {count}. Each ticket is imported once, from its row last updated.',
      keepExcluded: 'Keep deleted, spam and merged tickets (the help desk leaves them out)',
      excluded: {
        deleted: 'Deleted tickets left out: {count} (status Deleted), as {desk} leaves them out.',
        spam: 'Spam left out: {count} (status or tag “spam”), as {desk} leaves it out.',
        merged:
          'Merged-away tickets left out: {count} (tag closed_by_merge). {desk} counts them as closed; teams filter them out.',
        unassigned:
          'Tickets with neither agent nor group left out: {count}, as {desk} leaves them out.',
      },
      keptExcluded:
        'Deleted, spam and merged tickets kept, as you chose: {count}. The report counts them; {desk} does not.',
      unsolved:
        'Tickets reopened and not solved since: {count}. As in {desk}, they do not count as solved until they are solved again.',
      applied: {
        oneTouch:
          'One-touch as {desk} counts it: a solved ticket with fewer than two agent replies, even if a “thanks” reopened it.',
        stillSolved:
          'Solved as {desk} counts it: in the month of the latest solve, and only while the ticket is still solved or closed.',
      },
      fallback: {
        oneTouch:
          'No “{column}” column: one-touch follows the report’s definition (exactly one agent reply, never reopened), not {desk}’s.',
        stillSolved:
          'No “{column}” column: a solved date counts even if the ticket was reopened since; {desk} counts only tickets still solved.',
        byStatus:
          'No “{column}” column: deleted and spam tickets cannot be told apart and are counted.',
        byTag:
          'No “{column}” column: merged tickets (tag closed_by_merge) cannot be told apart and are counted.',
        unassigned:
          'No “{column}” column: tickets with neither agent nor group cannot be told apart and are counted.',
      },
      fed: 'From this file the report counts: {inputs}.',
      unfed:
        'Still typed by you: {inputs}. A column such as "{column}" in the export would give them.',
      cancelled: 'Import cancelled. The Tickets tab was not changed.',
      row: 'Row {row}: {reason}',
      reasons: {
        noId: 'no ticket id',
        badDate: '{field} "{value}" is not a date',
        noCreated: 'no created date',
        beforeCreated: '{field} is before the ticket was created',
        longId: 'the ticket id is longer than 200 characters',
        farDate: '{field} "{value}" is not between the years 2000 and 2099',
      },
      errors: {
        empty: 'The file is empty.',
        headersOnly: 'The file has headers but no tickets.',
        binary: 'This is not a text file (CSV). Export the tickets as CSV and try again.',
        pdf: 'This is a PDF. Export the tickets as CSV and try again.',
        noId: 'No column holds the ticket id.',
        noCreated: 'No column holds the created date.',
        noDates: 'No created date in the file could be read.',
        summary:
          'This file is a summary (one row per agent, group, bracket or week), not a list of tickets. Export the ticket list instead: one row per ticket, with its id and when it was created.',
        summaryExplore:
          'This is a Zendesk Explore summary (one row per agent, bracket or week), not a list of tickets. In Explore, make a report on Support: Tickets with Ticket ID and Ticket created - Timestamp as rows (add Ticket solved - Timestamp, Ticket channel, Ticket satisfaction rating and First reply time), then download it as CSV.',
        tooLarge:
          'The file has too many tickets for one spreadsheet (Sheets allows 10 million cells).',
        unreadable: 'The file could not be read.',
        payload: 'The import sent something the add-on does not accept.',
      },
      reportUpdated: 'The report {period} now takes its ticket numbers from the Tickets tab.',
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
