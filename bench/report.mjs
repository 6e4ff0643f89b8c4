// Turns the results into the markdown report: Node timings, the browser
// comparison with ratios to us, bundle sizes, and each target with ✓/✗.

/** The targets of issue 5; `measure` picks the number from the results (undefined = not measured). */
export const targets = Object.freeze([
  { label: 'First render, 10k events', limit: 100, unit: 'ms', measure: (r) => ours(r, 10_000)?.firstRenderMs },
  { label: 'First render, 100k events', limit: 400, unit: 'ms', measure: (r) => ours(r, 100_000)?.firstRenderMs },
  { label: 'Zoom step, 100k events, median', limit: 50, unit: 'ms', measure: (r) => ours(r, 100_000)?.zoomMedianMs },
  { label: 'Zoom step, 100k events, p95', limit: 70, unit: 'ms', measure: (r) => ours(r, 100_000)?.zoomP95Ms },
  { label: 'First render, 1M events', limit: 3000, unit: 'ms', measure: (r) => ours(r, 1_000_000)?.firstRenderMs },
  { label: 'Zoom step, 1M events, median', limit: 100, unit: 'ms', measure: (r) => ours(r, 1_000_000)?.zoomMedianMs },
  {
    label: 'DOM nodes, any size (after render and after zooming)', limit: 3000, unit: 'nodes',
    measure: (r) => {
      const counts = (r.browser ?? []).filter((m) => m.library === 'ours').flatMap((m) => [m.domNodes, m.domNodesAfterZoom]).filter(Number.isFinite);
      return counts.length ? Math.max(...counts) : undefined;
    },
  },
  { label: 'Node layout, 1M events', limit: 1000, unit: 'ms', measure: (r) => (r.node ?? []).find((m) => m.size === 1_000_000)?.layoutMs?.median },
  { label: 'UMD bundle, min+gzip', limit: 45 * 1024, unit: 'bytes', measure: (r) => bundle(r, 'UMD')?.gzipBytes },
  { label: 'ESM build, min+gzip', limit: 20 * 1024, unit: 'bytes', measure: (r) => bundle(r, 'ESM')?.gzipBytes },
]);

/**
 * Our browser measurement at a size, with a capped or failed part read as
 * Infinity (so the target is not met) and a zoom series cut short giving no
 * median or p95 (a median of the steps that finished would flatter us).
 */
function ours(results, size) {
  const found = (results.browser ?? []).find((m) => m.library === 'ours' && m.size === size);
  if (!found) return undefined;
  const zoomDone = found.zoomCompleted === true;
  return {
    ...found,
    firstRenderMs: Number.isFinite(found.firstRenderMs) ? found.firstRenderMs : Infinity,
    zoomMedianMs: zoomDone ? found.zoomMedianMs : Infinity,
    zoomP95Ms: zoomDone ? found.zoomP95Ms : Infinity,
  };
}
function bundle(results, kind) {
  return (results.bundles ?? []).find((b) => b.status === 'ok' && b.name.startsWith('diplomatic-timeline') && b.name.includes(kind));
}

/** Milliseconds for people: 3.4 ms, 87 ms, 1.42 s. */
export function formatMs(ms) {
  if (ms === undefined || ms === null || Number.isNaN(ms)) return '—';
  if (!Number.isFinite(ms)) return 'capped';
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${ms.toFixed(0)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}
/** Bytes as KB (1 KB = 1024 bytes) or MB. */
export function formatBytes(bytes) {
  if (bytes === undefined || bytes === null || !Number.isFinite(bytes)) return '—';
  const sign = bytes < 0 ? '−' : '';
  const size = Math.abs(bytes);
  if (size < 1024 * 1024) return `${sign}${(size / 1024).toFixed(1)} KB`;
  return `${sign}${(size / 1024 / 1024).toFixed(1)} MB`;
}
const formatCount = (n) => (Number.isFinite(n) ? n.toLocaleString('en-US') : '—');
const formatSize = (n) => (n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n));

function cappedText(measurement) {
  return `> ${Math.round(measurement.capMs / 1000)} s`;
}

/** A measured time, or "> 60 s" when the cap stopped it, or the error. */
function timeCell(measurement, key) {
  const value = measurement[key];
  if (Number.isFinite(value) && !(key !== 'firstRenderMs' && measurement.zoomCompleted === false)) return formatMs(value);
  if (measurement.status === 'capped') {
    // A zoom series cut short has no honest median; the first render may still be fine.
    if (key === 'firstRenderMs' && Number.isFinite(value)) return formatMs(value);
    return cappedText(measurement);
  }
  if (measurement.status === 'error') return 'error';
  return '—';
}

function ratioCell(peer, base, key) {
  if (!base || peer === base) return '';
  const ourValue = base[key];
  if (!Number.isFinite(ourValue) || ourValue <= 0) return '—';
  const value = peer[key];
  const complete = key === 'firstRenderMs' || peer.zoomCompleted !== false;
  if (Number.isFinite(value) && complete) return `${(value / ourValue).toFixed(1)}×`;
  if (peer.status === 'capped') return `> ${(peer.capMs / ourValue).toFixed(0)}×`;
  return '—';
}

/** The whole report as markdown. */
export function markdownReport(results) {
  const lines = [];
  const m = results.machine ?? {};
  lines.push('# diplomatic-timeline benchmark', '');
  lines.push(`${results.finishedAt ?? ''} · ${m.cpus ?? '?'} × ${m.cpuModel ?? '?'} · ${formatBytes(m.memoryBytes)} RAM · Node ${m.node ?? '?'} · ${m.chromium ?? 'Chromium not run'}`, '');

  if (results.node?.length) {
    lines.push('## Node, no DOM: parse and layout', '');
    lines.push('| events | parseTimeline (median) | layout (median) | runs | heap Δ parse | heap Δ layout | rss |');
    lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const n of results.node) {
      if (n.error) {
        lines.push(`| ${formatSize(n.size)} | error: ${n.error} | | | | | |`);
        continue;
      }
      lines.push(`| ${formatSize(n.size)} | ${formatMs(n.parseMs.median)} | ${formatMs(n.layoutMs.median)} (${n.layoutFunction}) | ${n.runs} | ${formatBytes(n.parseHeapBytes)} | ${formatBytes(n.layoutHeapBytes)} | ${formatBytes(n.rssBytes)} |`);
    }
    lines.push('');
  }

  if (results.browser?.length) {
    lines.push('## Headless Chromium: first render, zoom steps, DOM, heap', '');
    lines.push('| events | library | first render | × ours | zoom median | × ours | zoom p95 | DOM nodes | JS heap | note |');
    lines.push('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
    const sizes = [...new Set(results.browser.map((b) => b.size))];
    for (const size of sizes) {
      const rows = results.browser.filter((b) => b.size === size);
      const base = rows.find((b) => b.library === 'ours' && Number.isFinite(b.firstRenderMs));
      for (const row of rows) {
        const notes = [];
        if (row.status === 'error') notes.push(`error in ${row.phase ?? 'setup'}: ${row.error}`);
        if (row.status === 'capped') notes.push(`capped in ${row.phase ?? 'zoom'}`);
        if (Number.isFinite(row.parseInPage?.ms)) notes.push(`parseTimeline alone ${formatMs(row.parseInPage.ms)}`);
        const note = notes.join('; ');
        lines.push(`| ${formatSize(size)} | ${row.label} | ${timeCell(row, 'firstRenderMs')} | ${ratioCell(row, base, 'firstRenderMs')} | ${timeCell(row, 'zoomMedianMs')} | ${ratioCell(row, base, 'zoomMedianMs')} | ${timeCell(row, 'zoomP95Ms')} | ${formatCount(row.domNodes)} | ${formatBytes(row.heapBytes)} | ${note.replaceAll('|', '/')} |`);
      }
    }
    lines.push('');
  }

  if (results.bundles?.length) {
    lines.push('## Bundle sizes', '');
    lines.push('| bundle | raw | min | min+gzip | how |');
    lines.push('| --- | ---: | ---: | ---: | --- |');
    for (const b of results.bundles) {
      if (b.status !== 'ok') lines.push(`| ${b.name} | missing | | | ${b.files.join(', ')} |`);
      else lines.push(`| ${b.name} | ${formatBytes(b.rawBytes)} | ${formatBytes(b.minBytes)} | ${formatBytes(b.gzipBytes)} | ${b.note} |`);
    }
    lines.push('');
  }

  lines.push('## Targets', '');
  lines.push('| target | measured | limit | met |');
  lines.push('| --- | ---: | ---: | :---: |');
  for (const row of evaluateTargets(results)) {
    lines.push(`| ${row.label} | ${row.measuredText} | ${row.limitText} | ${row.met === undefined ? 'not run' : row.met ? '✓' : '✗'} |`);
  }
  lines.push('');
  return lines.join('\n');
}

/** Each target with its measured value and whether it is met (undefined when not measured). */
export function evaluateTargets(results) {
  return targets.map((target) => {
    const value = target.measure(results);
    const format = target.unit === 'ms' ? formatMs : target.unit === 'bytes' ? formatBytes : formatCount;
    return {
      label: target.label,
      limit: target.limit,
      unit: target.unit,
      measured: value === undefined || !Number.isFinite(value) ? (value === Infinity ? 'capped' : null) : value,
      measuredText: value === undefined ? 'not run' : value === Infinity ? 'capped or failed' : format(value),
      limitText: `≤ ${format(target.limit)}`,
      met: value === undefined ? undefined : value <= target.limit,
    };
  });
}
