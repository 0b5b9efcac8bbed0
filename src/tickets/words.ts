/**
 * Header words that suggest a field, in English, Spanish, Portuguese, French, German,
 * Italian and the report's languages (Slovenian, Russian, Romanian, Finnish, Chinese),
 * strongest first. Headers and phrases are compared without case, accents or punctuation
 * (`Ticket created - Timestamp` reads "ticket created timestamp"); a phrase matches whole
 * words of a header. What a column holds decides first (src/tickets/guess.ts): these words
 * only choose among the columns whose values fit the field.
 */
import type { Field } from './fields';

/** A header as the phrases are written: lowercase, no accents, words separated by one space. */
export function plainHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}#%]+/gu, ' ')
    .trim();
}

const list = (...groups: string[]): string[] => groups.flatMap((g) => g.split('|'));

export const FIELD_WORDS: Record<Field, string[]> = {
  id: list(
    'ticket id|id|issue key|key|case id|case number|incident id|number|ticket number|ticket #|#|no|request id|conversation id|ticket key|ticket',
    'id del ticket|id de ticket|numero de ticket|clave de incidencia|clave|numero de caso|numero',
    'id do ticket|numero do ticket|chave',
    'id du ticket|numero du ticket|cle|identifiant',
    'ticketnummer|ticket nummer|nummer|schlussel|vorgangsschlussel',
    'id ticket|numero ticket|chiave',
    'id zahtevka|stevilka zahtevka|stevilka|kljuc',
    'номер обращения|номер заявки|номер|ключ|ключ задачи',
    'id tichet|numar tichet|numar|cheie',
    'tiketin id|tiketin numero|tunnus|avain',
    '工单id|工单编号|编号',
  ),
  created: list(
    'created at|created|created time|create date|created date|creation date|created on|ticket created timestamp|ticket created date|ticket created|opened at|opened|opened on|date created|date opened|submitted at|submitted|conversation started at',
    'creada|creado|fecha de creacion|hora de creacion|creado el|fecha de apertura|abierto',
    'criado em|criado|data de criacao|hora de criacao|aberto em',
    'cree le|cree|date de creation|heure de creation|ouvert le',
    'erstellt am|erstellt|erstellungsdatum|geoffnet am',
    'creato il|creato|data di creazione|data creazione|aperto il',
    'ustvarjeno|ustvarjen|datum nastanka|datum ustvarjanja|odprto',
    'создано|создан|создана|дата создания|открыто',
    'creat la|creat|data crearii|deschis la',
    'luotu|luontiaika|luontipaiva|avattu',
    '创建时间|创建日期|创建于',
    'start date|started|start|date|fecha|data|datum|дата|päivämäärä|日期',
  ),
  first_reply_at: list(
    'first reply at|first replied at|first response at|first responded at|conversation first replied at|initial response time|initial response|first reply|first response',
    'tiempo de respuesta inicial|hora de primera respuesta|fecha de primera respuesta|primera respuesta',
    'tempo de resposta inicial|data da primeira resposta|primeira resposta',
    'heure de reponse initiale|date de premiere reponse|premiere reponse',
    'erste antwort am|zeitpunkt der ersten antwort|erste antwort',
    'ora della prima risposta|tempo di risposta iniziale|prima risposta',
    'cas prvega odgovora|prvi odgovor',
    'дата первого ответа|время первого ответа|первый ответ',
    'ora primului raspuns|primul raspuns',
    'ensimmaisen vastauksen aika|ensimmainen vastaus',
    '首次回复时间|首次响应时间|首次回复',
  ),
  solved: list(
    'solved at|solved|ticket solved timestamp|ticket solved date|ticket solved|resolved at|resolved|resolved time|resolution date|date resolved|closed at|closed|close date|closed time|date closed|conversation last closed at|conversation closed at',
    'resuelta|resuelto|fecha de resolucion|hora de resolucion|cerrado|cerrada|fecha de cierre|hora de cierre',
    'resolvido em|resolvido|data de resolucao|fechado em|fechado|data de fechamento',
    'resolu le|resolu|date de resolution|heure de resolution|ferme le|ferme|date de fermeture',
    'gelost am|gelost|erledigt am|erledigt|geschlossen am|geschlossen|losungsdatum',
    'risolto il|risolto|data di risoluzione|chiuso il|chiuso|data di chiusura',
    'reseno|razreseno|datum resitve|zaprto|datum zaprtja',
    'решено|решен|дата решения|разрешено|закрыто|дата закрытия',
    'rezolvat la|rezolvat|data rezolvarii|inchis la|inchis|data inchiderii',
    'ratkaistu|ratkaisupaiva|suljettu|sulkemispaiva',
    '解决时间|解决日期|关闭时间|已解决',
  ),
  updated: list(
    'updated at|updated|last updated|last update time|last update|ticket updated timestamp|ticket updated|last modified date|last modified|modified|sys updated on|sys updated at|conversation last updated at',
    'actualizada|actualizado|ultima actualizacion|fecha de actualizacion|modificado',
    'atualizado em|atualizado|ultima atualizacao|modificado em',
    'mis a jour le|mis a jour|derniere mise a jour|modifie le',
    'aktualisiert am|aktualisiert|letzte aktualisierung|geandert am|geandert',
    'aggiornato il|aggiornato|ultimo aggiornamento|modificato',
    'posodobljeno|zadnja posodobitev|spremenjeno',
    'обновлено|дата обновления|последнее обновление|изменено',
    'actualizat la|actualizat|ultima actualizare|modificat',
    'paivitetty|viimeksi paivitetty|muokattu',
    '更新时间|最后更新|修改时间',
  ),
  status: list(
    'status|ticket status|state|incident state|conversation state',
    'estado|estado del ticket|statut|stato|zustand|stanje|статус|состояние|stare|tila|状态',
  ),
  channel: list(
    'channel|ticket channel|via|source|contact type|medium|origin',
    'canal|origen|fuente|origem|fonte|quelle|kanal|canale|канал|источник|sursa|kanava|lahde|渠道|来源',
  ),
  category: list(
    'request type|custom field request type|campo personalizado request type|tipo de solicitud|tipo de solicitacao|type de demande|anfragetyp|tipo di richiesta',
    'category|ticket type|type|topic|contact reason|reason',
    'categoria|tipo|categorie|type de ticket|kategorie|typ|kategorija|vrsta|категория|тип|tip|kategoria|tyyppi|类别|类型',
    'issue type|tipo de incidencia|tipo de problema|type de ticket jira|vorgangstyp',
  ),
  rating: list(
    'satisfaction score|satisfaction rating|ticket satisfaction rating|csat|survey results|survey result|last csat survey rating|last teammate rating|conversation rating|rating|satisfaction',
    'calificacion de satisfaccion|satisfaccion|valoracion|avaliacao|satisfacao|note de satisfaction|zufriedenheit|bewertung|valutazione|soddisfazione',
    'ocena|zadovoljstvo|оценка|удовлетворенность|evaluare|satisfactie|tyytyvaisyys|arvio|满意度|评分',
  ),
  reopens: list(
    'reopens|reopen count|reopened|reopen|reaperturas|reaberturas|reouvertures|wiedereroffnungen|riaperture|ponovna odprtja|повторные открытия|redeschideri|uudelleenavaukset|重新打开次数',
  ),
  replies: list(
    'replies|agent replies|agent interactions|teammate replies|number of teammate replies',
    'interacciones del agente|respuestas del agente|interacoes do agente|interactions de l agent|agenteninteraktionen|interazioni agente|odgovori agenta|ответы агента|interactiuni agent|agentin vastaukset|客服回复次数',
  ),
  first_contact: list(
    'resolved on first contact|first contact resolution|fcr|one touch',
    'resuelto en el primer contacto|resolucion en el primer contacto|resolvido no primeiro contato|resolu au premier contact|beim ersten kontakt gelost|risolto al primo contatto|reseno ob prvem stiku|решено при первом обращении|rezolvat la primul contact|ratkaistu ensimmaisella yhteydenotolla|首次联系解决',
  ),
  frt: list(
    'first reply time|first response time',
    'tiempo de primera respuesta|tempo da primeira resposta|temps de premiere reponse|erste antwortzeit|zeit bis zur ersten antwort|tempo di prima risposta|cas do prvega odgovora|время первого ответа|timp pana la primul raspuns|ensimmaisen vastauksen aika|首次回复时长|首次响应时长',
  ),
  frt_business: [],
  resolution: list(
    'full resolution time|resolution time|time to close|time to resolve|calendar duration|duration',
    'tiempo de resolucion|tempo de resolucao|temps de resolution|losungszeit|bearbeitungszeit|tempo di risoluzione|cas resitve|время решения|время разрешения|timp de rezolvare|ratkaisuaika|解决时长',
  ),
  resolution_business: list('business duration'),
  assignee: list(
    'assignee|assignee name|assigned to|assigned agent|agent|agent name|ticket owner|owner|teammate assigned|admin assignee|assigned',
    'persona asignada|asignado a|asignado|agente|agente asignado|atribuido a|responsavel|agente atribuido',
    'assigne a|agent assigne|bearbeiter|zugewiesen an|zugewiesener agent|assegnatario|assegnato a|operatore',
    'dodeljeno|dodeljen agent|исполнитель|ответственный|назначено|агент|atribuit|agent atribuit|kasittelija|vastuuhenkilo|agentti',
    '受理人|处理人|负责人|客服',
  ),
  group: list(
    'group|ticket group|assignment group|assigned group|support group|team|queue|department|inbox|team assigned',
    'grupo|grupo asignado|equipo|cola|departamento|equipe|fila|groupe|file d attente|gruppe|warteschlange|abteilung|gruppo|coda|reparto',
    'skupina|ekipa|oddelek|группа|команда|очередь|отдел|grup|echipa|coada|departament|ryhma|tiimi|jono|osasto',
    '分组|组|团队|队列|部门',
  ),
  priority: list(
    'priority|ticket priority|urgency level|prioridad|prioridade|priorite|prioritat|priorita|prioriteta|приоритет|prioritate|prioriteetti|优先级',
  ),
  tags: list(
    'tags|tag|ticket tags|labels|conversation tags|etiquetas|etiquetes|etiquettes|schlagworter|tichete|oznake|метки|теги|etichete|tunnisteet|标签',
  ),
  brand: list(
    'brand|ticket brand|product|marca|produto|marque|marke|znamka|бренд|brand produs|tuotemerkki|品牌',
  ),
  form: list(
    'ticket form|form|request form|formulario|formulaire|formular|obrazec|форма|formular tichet|lomake|表单',
  ),
  // The desk's own SLA status of a ticket (Freshdesk's Within SLA / SLA Violated, ServiceNow's
  // made_sla): only by these headers, never by content.
  frt_sla: list(
    'first response status|first reply sla|first response sla|first reply sla status|estado de primera respuesta|statut de premiere reponse',
  ),
  resolution_sla: list(
    'resolution status|resolution sla|resolution sla status|made sla|estado de resolucion|statut de resolution',
  ),
};
// Business-hours durations are told by a business word in a duration's header.
FIELD_WORDS.frt_business = FIELD_WORDS.frt;
FIELD_WORDS.resolution_business = [...FIELD_WORDS.resolution_business, ...FIELD_WORDS.resolution];

/** Words of a duration header that say it counts business hours. */
export const BUSINESS_WORDS = list(
  'business|within business hours|laboral|laborables|habiles|uteis|ouvrables|ouvres|geschaftszeit|geschaftszeiten|arbeitszeit|lavorative|lavorativo|delovni|delovnem|рабочее|рабочих|lucru|lucratoare|tyoaika|tyoaikana|工作时间',
);

/**
 * Words that keep a column out of the date and id fields whatever it holds: due dates and
 * deadlines, who closed or resolved a ticket, labels of brackets and ages, SLA targets.
 */
export const NEVER_WORDS = list(
  'due|deadline|by|por|par|von|кем|de catre|kayttaja',
  'vencimiento|vencimento|echeance|fallig|scadenza|rok|срок|termen|erapaiva|截止',
  'brackets|bracket|tramos|faixas|tranches|fasce|age|sla|target|breach|viewed|vista|count|tickets',
);

/**
 * Words that keep a column out of assignee and group: the customer's side (requester,
 * reporter, caller, contact, organisation), ids and addresses, and other staff roles than
 * the ticket's assignee (project lead, account manager, who created, closed or updated it).
 */
export const NOT_AGENT_WORDS = list(
  'requester|requested|customer|client|contact|caller|reporter|submitter|creator|created|organization|organisation|company|account|user|end user|email|e mail|mail|phone|id|project|lead|manager|closed|resolved|opened|updated|by|count|replies|interactions|reassignment',
  'solicitante|cliente|contacto|informador|creador|organizacion|empresa|correo|proyecto|responsable del proyecto|interacciones|reasignaciones',
  'requerente|contato|criador|organizacao|projeto|demandeur|contact|createur|projet|anfragesteller|kunde|ersteller|projekt|richiedente|creatore|progetto',
  'stranka|narocnik|projekt|заявитель|клиент|автор|проект|solicitant|client|creator|proiect|asiakas|pyytaja|projekti|请求者|客户|联系人|创建人|项目|次数',
);

/** Words of a header that give a duration's unit. */
export const UNIT_WORDS: { unit: 'seconds' | 'hours'; words: string[] }[] = [
  {
    unit: 'seconds',
    words: list(
      'seconds|second|secs|sec|s|segundos|seg|secondes|sekunden|sek|secondi|sekunde|секунды|сек|secunde|sekuntia|sekunnit|秒',
    ),
  },
  {
    unit: 'hours',
    words: list(
      'hours|hour|hrs|hr|h|horas|heures|stunden|std|ore|ur|часы|часов|ч|tunnit|tuntia|t|小时',
    ),
  },
];

const CJK = /[\u3000-\u9fff]/;

/** Whether a phrase stands in a header (plain forms): whole words, or anywhere for Chinese. */
export function hasPhrase(header: string, phrase: string): boolean {
  if (CJK.test(phrase)) return header.includes(phrase);
  return ` ${header} `.includes(` ${phrase} `);
}

/**
 * How well a header names a field, from 0.5 up: how much of the header its best phrase
 * covers, and how strong that phrase is (earlier in the field's list is stronger); undefined
 * when no phrase of the field is in it.
 */
export function headerScore(field: Field, header: string): number | undefined {
  const h = plainHeader(header);
  if (!h) return undefined;
  const words = FIELD_WORDS[field];
  let best: number | undefined;
  for (let rank = 0; rank < words.length; rank++) {
    if (!hasPhrase(h, words[rank])) continue;
    const score = words[rank].length / h.length + 0.5 * (1 - rank / words.length);
    if (best === undefined || score > best) best = score;
  }
  return best;
}

/** Whether a header is one of the field's phrases exactly ("Resuelta", "Solved at"). */
export const namesExactly = (field: Field, header: string): boolean =>
  FIELD_WORDS[field].includes(plainHeader(header));

/** Whether any of `words` stands in a header. */
export const headerHas = (header: string, words: string[]): boolean => {
  const h = plainHeader(header);
  return words.some((w) => hasPhrase(h, w));
};
