/**
 * The details of the selected event, built with text nodes only: title and
 * summary, the date as written and as resolved, participants with their
 * roles, place, status, and each evidence quote with its source (linked only
 * for http(s) URLs).
 */
import type { Language } from '../i18n/messages.js';
import type { Timeline } from '../model/timeline.js';
import type { Source, TimelineEvent } from '../model/types.js';
import { describeResolved, describeSpanDays, formatDayLong } from './dateText.js';
import { kindText, statusText } from './eventText.js';
import { parseDay } from '../time/calendar.js';

/** A URL safe to link to: http or https only (no `javascript:`, `data:`, …). */
export function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

function element<K extends keyof HTMLElementTagNameMap>(document: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function anchorText(event: TimelineEvent, timeline: Timeline, locale: string): string | undefined {
  const { anchor, anchorDay } = event.when;
  if (anchor === undefined) return undefined;
  const source = timeline.sources.find((candidate) => candidate.id === anchor);
  const day = anchorDay === undefined ? undefined : parseDay(anchorDay);
  const dayText = day === undefined ? anchor : formatDayLong(day, locale);
  return source ? `${source.title}, ${dayText}` : dayText;
}

function sourceNode(document: Document, source: Source | undefined, id: string): Node {
  if (!source) return document.createTextNode(id);
  const label = [source.title, source.publisher].filter(Boolean).join(', ');
  if (source.url !== undefined && isWebUrl(source.url)) {
    const link = element(document, 'a', undefined, label);
    link.href = source.url;
    link.rel = 'noopener noreferrer';
    link.target = '_blank';
    return link;
  }
  return document.createTextNode(label);
}

/**
 * Fills `panel` with the details of `event` (replacing what was there) and
 * returns the close button.
 */
export function fillDetails(panel: HTMLElement, event: TimelineEvent, timeline: Timeline, language: Language, headingId: string): HTMLButtonElement {
  const { locale } = language;
  const document = panel.ownerDocument;
  const header = element(document, 'div', 'dt-details-header');
  const heading = element(document, 'h2', 'dt-details-title', event.title);
  heading.id = headingId;
  const close = element(document, 'button', 'dt-details-close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', language.text('details.close'));
  header.append(heading, close);
  const parts: Node[] = [header];
  if (event.summary) parts.push(element(document, 'p', 'dt-details-summary', event.summary));

  const list = element(document, 'dl');
  const row = (term: string, ...values: (Node | string)[]) => {
    const dd = element(document, 'dd');
    dd.append(...values);
    list.append(element(document, 'dt', undefined, term), dd);
  };
  const resolved = describeResolved(event.when, language);
  if (event.when.relative) {
    const anchor = anchorText(event, timeline, locale);
    const quoted = language.text('event.quoted', { text: event.when.text });
    row(language.text('details.asWritten'), anchor ? language.text('details.relativeTo', { quoted, anchor }) : quoted);
  } else {
    row(language.text('details.asWritten'), event.when.text);
  }
  row(language.text('details.date'), language.text('details.datePrecision', { date: resolved, precision: language.text(`precision.${event.when.precision}`) }));
  row(language.text('details.span'), describeSpanDays(event.when, language));
  row(language.text('details.kind'), kindText(event.kind, language));
  row(language.text('details.status'), statusText(event.status, language));
  if (event.place) row(language.text('details.place'), event.place.country ? `${event.place.name} (${event.place.country})` : event.place.name);
  if (event.participants.length > 0) {
    const people = element(document, 'ul');
    for (const participant of event.participants) {
      const actor = timeline.actors.find((candidate) => candidate.id === participant.actor);
      const name = actor?.name ?? participant.actor;
      const office = actor?.role;
      const details = [participant.role, office].filter(Boolean).join(', ');
      people.append(element(document, 'li', undefined, details ? `${name} (${details})` : name));
    }
    row(language.text('details.participants'), people);
  }
  parts.push(list);

  if (event.evidence.length > 0) {
    parts.push(element(document, 'p', 'dt-details-evidence-heading', language.text('details.evidence')));
    for (const evidence of event.evidence) {
      const source = timeline.sources.find((candidate) => candidate.id === evidence.source);
      const figure = element(document, 'figure', 'dt-evidence');
      if (evidence.quote) figure.append(element(document, 'blockquote', undefined, evidence.quote));
      const caption = element(document, 'figcaption');
      caption.append('— ', sourceNode(document, source, evidence.source));
      figure.append(caption);
      parts.push(figure);
    }
  }
  panel.replaceChildren(...parts);
  panel.setAttribute('aria-labelledby', headingId);
  return close;
}
