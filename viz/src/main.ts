/** Entry point: find the page's elements, load the graph served next to the page, wire the file picker and drop. */
import './style.css';
import { Viewer } from './app.ts';

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`viewer: missing #${id} in index.html`);
  return node as T;
}

const viewer = new Viewer({
  stage: byId('stage'),
  sigma: byId('sigma'),
  search: byId('search'),
  legend: byId('legend'),
  timeline: byId('timeline'),
  details: byId('details'),
  stats: byId('stats'),
  status: byId('status'),
  filters: byId('filters'),
  relations: byId('relations'),
  timelinePanel: byId('timeline-panel'),
  focusBar: byId('focus-bar'),
  banner: byId('banner'),
  empty: byId('empty'),
  fileInput: byId('file-input'),
});

const fileInput = byId<HTMLInputElement>('file-input');
async function openFile(file: File): Promise<void> {
  viewer.load(await file.text(), file.name);
}
for (const id of ['open-button', 'empty-open']) byId(id).addEventListener('click', () => fileInput.click());
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void openFile(file);
  fileInput.value = '';
});
byId('export-button').addEventListener('click', () => {
  viewer.exportPNG().catch((e: unknown) => viewer.showError(`Export failed: ${(e as Error).message}`));
});
byId('zoom-in').addEventListener('click', () => viewer.zoom(1));
byId('zoom-out').addEventListener('click', () => viewer.zoom(-1));
byId('zoom-reset').addEventListener('click', () => viewer.zoom(0));

// Drag and drop a graph file anywhere on the page.
const drop = byId('drop');
let dragDepth = 0;
const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
window.addEventListener('dragenter', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  dragDepth++;
  drop.hidden = false;
});
window.addEventListener('dragover', (event) => {
  if (hasFiles(event)) event.preventDefault();
});
window.addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (!dragDepth) drop.hidden = true;
});
window.addEventListener('drop', (event) => {
  event.preventDefault();
  dragDepth = 0;
  drop.hidden = true;
  const file = event.dataTransfer?.files?.[0];
  if (file) void openFile(file);
});

window.addEventListener('keydown', (event) => {
  const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
  if (event.key === '/' && !typing) {
    event.preventDefault();
    viewer.focusSearch();
  } else if (event.key === 'Escape' && !typing) {
    viewer.escape();
  }
});

// The graph: ?graph=<url> or the graph.json served next to the page (kg view).
const source = new URLSearchParams(location.search).get('graph') ?? 'graph.json';
fetch(source, { cache: 'no-store' })
  .then(async (response) => {
    if (response.status === 404) return viewer.showEmpty(`Nothing at ${source}.`);
    if (!response.ok) return viewer.showEmpty(`Could not load ${source}: HTTP ${response.status}.`);
    const text = await response.text();
    performance.mark('kg:fetched');
    if (!viewer.load(text, source)) viewer.showEmpty(`${source} could not be read.`);
  })
  .catch((e: unknown) => viewer.showEmpty(`Could not load ${source}: ${(e as Error).message}`));
