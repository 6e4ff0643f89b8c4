import type { Precision, ResolvedWhen, WhenInput } from '../time/types.js';

export type { Precision, ResolvedWhen, WhenInput };

/** Kinds of event. A small own list; `classification` carries PLOVER or CAMEO codes. */
export const eventKinds = ['talks', 'visit', 'summit', 'call', 'statement', 'agreement', 'sanction', 'expulsion', 'military', 'cyber', 'policy', 'other'] as const;
export type EventKind = (typeof eventKinds)[number];

export const eventStatuses = ['occurred', 'ongoing', 'scheduled', 'expected', 'proposed', 'postponed', 'cancelled', 'did-not-occur', 'unknown'] as const;
export type EventStatus = (typeof eventStatuses)[number];

export const actorKinds = ['state', 'organization', 'person', 'company'] as const;
export type ActorKind = (typeof actorKinds)[number];

export const relations = ['part-of', 'responds-to', 'follows', 'reschedules'] as const;
export type Relation = (typeof relations)[number];

// ---------------------------------------------------------------------------
// The document as users write it (JSON).

export interface SourceDocument {
  id: string;
  title: string;
  publisher?: string;
  url?: string;
  /** Publication day, `YYYY-MM-DD`: the anchor of relative dates that name this source. */
  published?: string;
}

export interface ActorDocument {
  id: string;
  name: string;
  kind: ActorKind;
  /** ISO 3166-1 alpha-2 code, upper case. */
  country?: string;
  /** For a person (or company): the id of the state or organization they belong to. */
  affiliation?: string;
  /** For a person: their office, e.g. "Secretary of State". */
  role?: string;
  aliases?: string[];
  /** Wikidata item id, e.g. "Q5". */
  wikidata?: string;
}

export interface ParticipantDocument {
  actor: string;
  /** The part the actor plays in this event, e.g. "host", "visitor", "target". */
  role?: string;
}

export interface PlaceDocument {
  name: string;
  country?: string;
  coordinates?: { lat: number; lon: number };
}

export interface EvidenceDocument {
  source: string;
  quote?: string;
}

export interface RelatedDocument {
  event: string;
  relation: Relation;
}

/** Event-data codes only; no licensed code descriptions are bundled. */
export interface ClassificationDocument {
  plover?: { event: string; mode?: string; context?: string[] };
  cameo?: string;
}

export interface EventDocument {
  id: string;
  title: string;
  summary?: string;
  kind: EventKind;
  when: WhenInput;
  /** Defaults to "unknown". */
  status?: EventStatus;
  participants?: ParticipantDocument[];
  place?: PlaceDocument;
  evidence?: EvidenceDocument[];
  related?: RelatedDocument[];
  classification?: ClassificationDocument;
}

export interface TimelineDocument {
  title?: string;
  description?: string;
  sources?: SourceDocument[];
  actors?: ActorDocument[];
  events: EventDocument[];
}

// ---------------------------------------------------------------------------
// The parsed, resolved model. Immutable.

export interface Source {
  readonly id: string;
  readonly title: string;
  readonly publisher?: string;
  readonly url?: string;
  readonly published?: string;
}

export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly country?: string;
  readonly affiliation?: string;
  readonly role?: string;
  readonly aliases: readonly string[];
  readonly wikidata?: string;
}

export interface Participant {
  readonly actor: string;
  readonly role?: string;
}

export interface Place {
  readonly name: string;
  readonly country?: string;
  readonly coordinates?: { readonly lat: number; readonly lon: number };
}

export interface Evidence {
  readonly source: string;
  readonly quote?: string;
}

export interface Related {
  readonly event: string;
  readonly relation: Relation;
}

export interface Classification {
  readonly plover?: { readonly event: string; readonly mode?: string; readonly context?: readonly string[] };
  readonly cameo?: string;
}

export interface TimelineEvent {
  readonly id: string;
  readonly title: string;
  readonly summary?: string;
  readonly kind: EventKind;
  readonly when: ResolvedWhen;
  readonly status: EventStatus;
  readonly participants: readonly Participant[];
  readonly place?: Place;
  readonly evidence: readonly Evidence[];
  readonly related: readonly Related[];
  readonly classification?: Classification;
}

/** One problem in a document: where (a JSON path like `events[3].when`) and what. */
export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
}
