/**
 * Made-up exports in the layouts real ones come in (DESIGN §6.1), never a row, name or address
 * of the real files: Zendesk Explore ticket-level reports (and a spreadsheet re-save of one),
 * ServiceNow incident lists and event logs, Freshdesk and Jira in Spanish, any ticket list
 * with headers in English, Spanish, Portuguese, French, German or Italian, dates in the
 * formats those exports use, and the encodings and delimiters spreadsheets save them in.
 */
import { fields, type TruthTicket } from './exports';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Wall-clock fields of an instant in a zone. */
export const fieldsOf = fields;

export type HeaderLanguage = 'en' | 'es' | 'pt' | 'fr' | 'de' | 'it';

/** Short month names as each language's exports write them. */
const MONTH_NAMES: Record<HeaderLanguage, string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
  pt: ['jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'],
  fr: [
    'janv.',
    'févr.',
    'mars',
    'avr.',
    'mai',
    'juin',
    'juil.',
    'août',
    'sept.',
    'oct.',
    'nov.',
    'déc.',
  ],
  de: [
    'Jan.',
    'Feb.',
    'März',
    'Apr.',
    'Mai',
    'Juni',
    'Juli',
    'Aug.',
    'Sept.',
    'Okt.',
    'Nov.',
    'Dez.',
  ],
  it: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
};

export const DATE_FORMATS = [
  'iso',
  'isoT',
  'dmySlash',
  'mdySlash',
  'dmyDot',
  'dmySpaced',
  'named',
] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** A date-time as a format writes it (whole minutes). */
export function formatDate(
  t: number | undefined,
  zone: string,
  format: DateFormat,
  language: HeaderLanguage = 'en',
): string {
  if (t === undefined) return '';
  const f = fieldsOf(t, zone);
  const hm = `${pad(f.h)}:${pad(f.mi)}`;
  switch (format) {
    case 'iso':
      return `${f.y}-${pad(f.mo)}-${pad(f.d)} ${hm}:00`;
    case 'isoT':
      return `${f.y}-${pad(f.mo)}-${pad(f.d)}T${hm}:00`;
    case 'dmySlash':
      return `${pad(f.d)}/${pad(f.mo)}/${f.y} ${hm}`;
    case 'mdySlash':
      return `${pad(f.mo)}/${pad(f.d)}/${f.y} ${f.h % 12 || 12}:${pad(f.mi)} ${f.h < 12 ? 'AM' : 'PM'}`;
    case 'dmyDot':
      return `${pad(f.d)}.${pad(f.mo)}.${f.y} ${hm}`;
    case 'dmySpaced':
      return `${f.d}. ${f.mo}. ${f.y} ${f.h}:${pad(f.mi)}`;
    case 'named':
      return `${f.d} ${MONTH_NAMES[language][f.mo - 1]} ${f.y} ${hm}`;
  }
}

/** The columns of a plain ticket list, and words no help desk field should take. */
export const LIST_COLUMNS = [
  'id',
  'created',
  'first_reply',
  'solved',
  'updated',
  'status',
  'channel',
  'category',
  'rating',
  'requester',
  'subject',
  'due',
  'closed_by',
] as const;
export type ListColumn = (typeof LIST_COLUMNS)[number];

export const HEADERS: Record<HeaderLanguage, Record<ListColumn, string>> = {
  en: {
    id: 'Ticket ID',
    created: 'Created',
    first_reply: 'First reply at',
    solved: 'Resolved',
    updated: 'Updated',
    status: 'Status',
    channel: 'Channel',
    category: 'Category',
    rating: 'Satisfaction',
    requester: 'Requester',
    subject: 'Subject',
    due: 'Due date',
    closed_by: 'Closed by',
  },
  es: {
    id: 'ID del ticket',
    created: 'Fecha de creación',
    first_reply: 'Primera respuesta',
    solved: 'Fecha de resolución',
    updated: 'Última actualización',
    status: 'Estado',
    channel: 'Canal',
    category: 'Categoría',
    rating: 'Calificación de satisfacción',
    requester: 'Solicitante',
    subject: 'Asunto',
    due: 'Fecha de vencimiento',
    closed_by: 'Cerrado por',
  },
  pt: {
    id: 'ID do ticket',
    created: 'Data de criação',
    first_reply: 'Primeira resposta',
    solved: 'Data de resolução',
    updated: 'Última atualização',
    status: 'Status',
    channel: 'Canal',
    category: 'Categoria',
    rating: 'Avaliação',
    requester: 'Solicitante',
    subject: 'Assunto',
    due: 'Data de vencimento',
    closed_by: 'Fechado por',
  },
  fr: {
    id: 'ID du ticket',
    created: 'Date de création',
    first_reply: 'Première réponse',
    solved: 'Date de résolution',
    updated: 'Dernière mise à jour',
    status: 'Statut',
    channel: 'Canal',
    category: 'Catégorie',
    rating: 'Note de satisfaction',
    requester: 'Demandeur',
    subject: 'Objet',
    due: "Date d'échéance",
    closed_by: 'Fermé par',
  },
  de: {
    id: 'Ticket-ID',
    created: 'Erstellt am',
    first_reply: 'Erste Antwort',
    solved: 'Gelöst am',
    updated: 'Aktualisiert am',
    status: 'Status',
    channel: 'Kanal',
    category: 'Kategorie',
    rating: 'Zufriedenheit',
    requester: 'Anfragender',
    subject: 'Betreff',
    due: 'Fällig am',
    closed_by: 'Geschlossen von',
  },
  it: {
    id: 'ID ticket',
    created: 'Data di creazione',
    first_reply: 'Prima risposta',
    solved: 'Risolto il',
    updated: 'Ultimo aggiornamento',
    status: 'Stato',
    channel: 'Canale',
    category: 'Categoria',
    rating: 'Valutazione',
    requester: 'Richiedente',
    subject: 'Oggetto',
    due: 'Scadenza',
    closed_by: 'Chiuso da',
  },
};

/** Made-up people, with the accents Windows-1252 files carry. */
const PEOPLE = ['Ana Núñez', 'Jörg Müller', 'Élodie Fèvre', 'João Gonçalves', 'Zoë Brønn'];

export interface ListLayout {
  language: HeaderLanguage;
  format: DateFormat;
  /** The columns in the file's order (a subset of LIST_COLUMNS holding id and created). */
  columns: ListColumn[];
  delimiter: ',' | ';' | '\t';
  encoding: Encoding;
}

/** A plain ticket list in a layout, as text. */
export function listExport(tickets: TruthTicket[], zone: string, layout: ListLayout): string {
  const h = HEADERS[layout.language];
  const date = (t: number | undefined) => formatDate(t, zone, layout.format, layout.language);
  const value = (t: TruthTicket, i: number, c: ListColumn): string | number => {
    switch (c) {
      case 'id':
        return t.id;
      case 'created':
        return date(t.created);
      case 'first_reply':
        return date(t.firstReply);
      case 'solved':
        return date(t.solved);
      case 'updated':
        return date(t.updated);
      case 'status':
        return t.status;
      case 'channel':
        return t.channel;
      case 'category':
        return t.category;
      case 'rating':
        return t.rating ?? '';
      case 'requester':
        return PEOPLE[i % PEOPLE.length];
      case 'subject':
        return t.subject;
      case 'due':
        return date(t.created + 3 * 86400000);
      case 'closed_by':
        return t.solved === undefined ? '' : PEOPLE[(i + 2) % PEOPLE.length];
    }
  };
  return csvText(
    [
      layout.columns.map((c) => h[c]),
      ...tickets.map((t, i) => layout.columns.map((c) => value(t, i, c))),
    ],
    layout.delimiter,
  );
}

/** Rows as CSV, quoted where needed. */
export function csvText(rows: (string | number)[][], delimiter = ',', quoteAll = false): string {
  return rows
    .map((row) =>
      row
        .map((v) => {
          const s = String(v);
          return quoteAll || /[",;\t\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
        })
        .join(delimiter),
    )
    .join('\r\n');
}

export type Encoding = 'utf8' | 'utf8bom' | 'utf16le' | 'utf16leNoMark' | 'windows1252';

/** Windows-1252's bytes for the characters it has beyond Latin-1's. */
const CP1252: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  '–': 0x96,
  '—': 0x97,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
};

/** Text as a file's bytes. */
export function encodeText(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf8':
      return new TextEncoder().encode(text);
    case 'utf8bom':
      return new TextEncoder().encode(`\uFEFF${text}`);
    case 'utf16le':
    case 'utf16leNoMark': {
      const body = encoding === 'utf16le' ? `\uFEFF${text}` : text;
      const out = new Uint8Array(body.length * 2);
      for (let i = 0; i < body.length; i++) {
        const c = body.charCodeAt(i);
        out[2 * i] = c & 0xff;
        out[2 * i + 1] = c >> 8;
      }
      return out;
    }
    case 'windows1252': {
      const out = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        const c = ch.charCodeAt(0);
        const b = CP1252[ch] ?? (c < 0x80 || (c >= 0xa0 && c <= 0xff) ? c : -1);
        if (b < 0) throw new Error(`Windows-1252 has no ${ch}`);
        out[i] = b;
      }
      return out;
    }
  }
}

/**
 * A Zendesk Explore ticket-level report: every field quoted, attributes such as
 * "Ticket created - Timestamp" (ISO without a zone), bracket labels with Explore's leading
 * space, a 20-decimal "Tickets" metric, and a ticket on two rows when it has two
 * organisation domains.
 */
export function exploreExport(tickets: TruthTicket[], zone: string): string {
  const bracket = (from: number, to: number | undefined) => {
    if (to === undefined) return ' No replies';
    const h = (to - from) / 3600000;
    return h < 1 ? '0-1 hrs' : h < 8 ? '1-8 hrs' : h < 24 ? '8-24 hrs' : '>24 hrs';
  };
  const rows: (string | number)[][] = [
    [
      'Ticket ID',
      'Ticket status',
      'Ticket form',
      'Ticket subject',
      'Assignee name',
      'Requester email',
      'Ticket organization domains',
      'Ticket satisfaction rating',
      'First reply time brackets',
      'Full resolution time brackets',
      'Ticket created - Timestamp',
      'Ticket solved - Timestamp',
      'Ticket channel',
      'First reply time (min)',
      'Full resolution time (hrs)',
      'Tickets',
    ],
  ];
  tickets.forEach((t, i) => {
    const domains = i % 7 === 3 ? ['one.example', 'two.example'] : ['one.example'];
    for (const domain of domains)
      rows.push([
        t.id,
        t.solved ? 'Solved' : 'Open',
        'Default',
        t.subject,
        PEOPLE[i % PEOPLE.length],
        t.email,
        domain,
        t.rating === undefined ? 'Unoffered' : t.rating >= 4 ? 'Good' : 'Bad',
        bracket(t.created, t.firstReply),
        bracket(t.created, t.solved),
        formatDate(t.created, zone, 'isoT'),
        formatDate(t.solved, zone, 'isoT'),
        t.channel,
        t.firstReply === undefined ? '' : ((t.firstReply - t.created) / 60000).toFixed(2),
        t.solved === undefined ? '' : ((t.solved - t.created) / 3600000).toFixed(20),
        '1.00000000000000000000',
      ]);
  });
  return csvText(rows, ',', true);
}

/**
 * The same report re-saved by a spreadsheet app: the created attribute renamed "created_at",
 * no solved time at all, quotes only where needed.
 */
export function exploreResaved(tickets: TruthTicket[], zone: string): string {
  return csvText([
    [
      'Ticket ID',
      'Ticket organization name',
      'Requester name',
      'Ticket subject',
      'Ticket satisfaction rating',
      'created_at',
      'Tickets',
    ],
    ...tickets.map((t, i) => [
      t.id,
      'Example Org',
      PEOPLE[i % PEOPLE.length],
      t.subject,
      t.rating === undefined ? 'Unoffered' : t.rating >= 4 ? 'Good' : 'Bad',
      formatDate(t.created, zone, 'isoT'),
      '1.00000000000000000000',
    ]),
  ]);
}

/**
 * A ServiceNow incident list ("Export > CSV"): field names as headers, every value quoted,
 * reference fields as "Name (netid)", closed_by a person, calendar_duration in seconds.
 */
export function serviceNowList(tickets: TruthTicket[], zone: string): string {
  return csvText(
    [
      [
        'number',
        'incident_state',
        'opened_at',
        'caller_id',
        'short_description',
        'sys_updated_on',
        'assignment_group',
        'calendar_duration',
        'closed_by',
        'category',
      ],
      ...tickets.map((t, i) => [
        `INC${pad(Number(t.id), 7)}`,
        t.solved ? 'Closed' : 'Active',
        formatDate(t.created, zone, 'iso'),
        `${PEOPLE[i % PEOPLE.length]} (u${i})`,
        t.subject,
        formatDate(t.updated, zone, 'iso'),
        'Service Desk – Tier 1',
        t.solved === undefined ? '' : Math.round((t.solved - t.created) / 1000),
        t.solved === undefined ? '' : PEOPLE[(i + 1) % PEOPLE.length],
        i % 2 ? 'Réseau' : 'Matériel',
      ]),
    ],
    ',',
    true,
  );
}

/**
 * A ServiceNow event log: one row per update of an incident (opened, then resolved when it
 * is), dd-mm-yyyy HH:MM dates, "?" for nothing, TRUE/FALSE flags; the latest update is the
 * incident as it is.
 */
export function serviceNowLog(tickets: TruthTicket[], zone: string): string {
  const d = (t: number | undefined) => {
    if (t === undefined) return '?';
    const f = fieldsOf(t, zone);
    return `${pad(f.d)}-${pad(f.mo)}-${f.y} ${pad(f.h)}:${pad(f.mi)}`;
  };
  const rows: (string | number)[][] = [
    [
      'number',
      'incident_state',
      'active',
      'reopen_count',
      'sys_mod_count',
      'made_sla',
      'caller_id',
      'opened_by',
      'opened_at',
      'sys_updated_by',
      'sys_updated_at',
      'contact_type',
      'category',
      'resolved_by',
      'resolved_at',
    ],
  ];
  tickets.forEach((t, i) => {
    const updates: [string, number, number | undefined][] = [['New', t.created + 60000, undefined]];
    if (t.solved !== undefined) updates.push(['Resolved', t.solved, t.solved]);
    updates.forEach(([state, at, resolved], k) =>
      rows.push([
        `INC${pad(Number(t.id), 7)}`,
        state,
        resolved === undefined ? 'TRUE' : 'FALSE',
        t.reopens,
        k,
        'TRUE',
        `Caller ${i}`,
        `Opened by ${i % 9}`,
        d(t.created),
        `Updated by ${i % 5}`,
        d(at),
        'Phone',
        `Category ${i % 4}`,
        resolved === undefined ? '?' : `Resolved by ${i % 3}`,
        d(resolved),
      ]),
    );
  });
  return csvText(rows);
}

/** Freshdesk with its Spanish UI: a custom "Start Date" as "9 Jun, 2026", no created column. */
export function freshdeskSpanish(tickets: TruthTicket[], zone: string): string {
  return csvText([
    [
      'ID del ticket',
      'Asunto',
      'Estado',
      'Grupo',
      'Tiempo de respuesta inicial',
      'Interacciones del agente',
      'Estado de resolución',
      'Start Date',
      'Nombre completo',
      'ID del contacto',
    ],
    ...tickets.map((t, i) => {
      const f = fieldsOf(t.created, zone);
      return [
        t.id,
        t.subject,
        t.solved ? 'Closed' : 'Open',
        'Soporte',
        formatDate(t.firstReply, zone, 'iso'),
        t.replies,
        'Within SLA',
        `${f.d} ${MONTH_NAMES.en[f.mo - 1]}, ${f.y}`,
        PEOPLE[i % PEOPLE.length],
        t.email,
      ];
    }),
  ]);
}

/** Jira Service Management with its Spanish UI: `18/jul/26 9:10 AM` dates, Issue Type only. */
export function jiraSpanish(tickets: TruthTicket[], zone: string): string {
  const d = (t: number | undefined) => {
    if (t === undefined) return '';
    const f = fieldsOf(t, zone);
    return `${pad(f.d)}/${MONTH_NAMES.es[f.mo - 1]}/${pad(f.y % 100)} ${f.h % 12 || 12}:${pad(f.mi)} ${f.h < 12 ? 'AM' : 'PM'}`;
  };
  return csvText([
    [
      'Resumen',
      'Clave de incidencia',
      'ID de la incidencia',
      'Tipo de Incidencia',
      'Estado',
      'Persona asignada',
      'Informador',
      'Creada',
      'Actualizada',
      'Vista por Última Vez',
      'Resuelta',
      'Fecha de vencimiento',
      'Calificación de satisfacción',
    ],
    ...tickets.map((t, i) => [
      t.subject,
      `IHS-${t.id}`,
      String(20000 + i),
      t.category || 'Soporte',
      t.solved ? 'Completado' : 'Abierto',
      PEOPLE[i % PEOPLE.length],
      PEOPLE[(i + 3) % PEOPLE.length],
      d(t.created),
      d(t.updated),
      d(t.updated + 3600000),
      d(t.solved),
      d(t.created + 7 * 86400000),
      t.rating ?? '',
    ]),
  ]);
}

/** Explore dashboard exports: one row per agent, and one row per reply-time bracket. */
export function exploreSummaries(): { assignees: string; brackets: string } {
  return {
    assignees: csvText(
      [
        [
          'Assignee name',
          'Solved tickets',
          'First reply time (hrs)',
          'Requester wait time (hrs)',
          'Full resolution time (hrs)',
          '% Satisfaction score',
          '% One-touch tickets',
        ],
        ...['Agent Alpha', 'Agent Beta', 'Agent Gamma'].map((name, i) => [
          name,
          (100 + i * 7).toFixed(20),
          (10.5 + i).toFixed(20),
          (12.25 + i).toFixed(20),
          (30 + i).toFixed(20),
          '',
          (0.7 + i / 100).toFixed(20),
        ]),
      ],
      ';',
      true,
    ),
    brackets: csvText(
      [
        ['First reply time brackets', 'COUNT(Tickets)', 'D_COUNT(Tickets)'],
        ['>24 hrs', '26.03000000000000000000', '788.00000000000000000000'],
        ['8-24 hrs', '17.08000000000000000000', '517.00000000000000000000'],
        [' No replies', '5.00000000000000000000', '120.00000000000000000000'],
      ],
      ';',
      true,
    ),
  };
}
