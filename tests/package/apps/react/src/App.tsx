import { useRef, useState } from 'react';
import { DiplomaticTimeline, defineTimelineElement } from 'diplomatic-timeline/react';
import { parseTimeline, type TimelineEvent, type TimelineView } from 'diplomatic-timeline';
import article from './us-china-diplomacy-2023-07.json';

defineTimelineElement();
const parsed = parseTimeline(article);

const added = {
  id: 'added-call', title: 'Blinken calls Wang Yi', kind: 'call', when: '2023-07-12',
  participants: [{ actor: 'blinken' }, { actor: 'wang-yi' }],
};

export function App() {
  const [doc, setDoc] = useState<{ readonly events: readonly unknown[] }>(article);
  const [shown, setShown] = useState(true);
  const [selected, setSelected] = useState<TimelineEvent | undefined>();
  const view = useRef<TimelineView>(null);

  window.harness.view = () => view.current;
  window.harness.addEvent = () => { setDoc((current) => ({ ...current, events: [...current.events, added] })); };
  window.harness.hide = () => { setShown(false); };

  if (!shown) return <p id="gone">Unmounted.</p>;
  return (
    <>
      <p id="selected">{selected?.title ?? 'Nothing selected'}</p>
      <DiplomaticTimeline
        ref={view}
        timeline={doc}
        options={{ laneBy: 'country', referenceDate: 'abs-cbn-2023-07-14' }}
        onSelect={(event) => { setSelected(event); window.harness.selected.push(event?.id); }}
        onZoom={(range) => { window.harness.zooms.push(range); }}
        className="timeline"
        style={{ width: 1100 }}
      />
      <diplomatic-timeline
        id="element"
        lane-by="kind"
        timeline={parsed}
        ondt-select={(event) => { window.harness.elementSelected.push(event.detail.event?.id); }}
      />
    </>
  );
}
