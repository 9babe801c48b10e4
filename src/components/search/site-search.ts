/**
 * <site-search>: runs Pagefind's JS API behind the plain GET form on /zoeken/.
 * The form alone already works (it reloads the page with ?q=); this element
 * adds results in place, filters and Back-button history. Query text is only
 * ever written with textContent: nothing a reader types can become markup.
 * What a query means (word forms, numbers, typos) is searchEngine.ts's job.
 */
import { formatDate, formatNumber } from '../../lib/format';
import { type SearchFilter, searchRanking } from '../../lib/search';
import { excerptParts } from '../../lib/searchExcerpt';
import { tokenNumber, withNumberTokens } from '../../lib/searchNumbers';
import { readSearchQuery, type SearchQuery, writeSearchQuery } from '../../lib/searchQuery';
import { findPages, firstScreen, type PagefindApi, type PagefindData, type PagefindResult, queryVariants, type SearchOutcome } from './searchEngine';

interface Pagefind extends PagefindApi {
  options: (o: Record<string, unknown>) => Promise<void>;
  preload: (term: string) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** Milliseconds without typing before the search starts, and before its results are shown. */
const startAfter = 120;
const showAfter = 300;

/** Written by src/integrations/pagefind.ts next to the index. */
const vocabularyPath = '/pagefind/vocabulary.txt';

class SiteSearch extends HTMLElement {
  #pagefind?: Promise<Pagefind>;
  #filters?: Promise<void>;
  #results: PagefindResult[] = [];
  #highlight: string[] = [];
  #shown = 0;
  #run = 0;
  #typing?: ReturnType<typeof setTimeout>;
  #starting?: ReturnType<typeof setTimeout>;
  /** The search started in the short pause, for the search at the end of the full pause to take over. */
  #early: { key: string; outcome: Promise<SearchOutcome>; started: number; ready: number } | undefined;

  get #form() {
    return this.querySelector('form') as HTMLFormElement;
  }
  #part<T extends HTMLElement>(name: string): T {
    return this.querySelector(`[data-part="${name}"]`) as T;
  }

  connectedCallback() {
    const form = this.#form;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.#search(this.#read(), 'push');
    });
    form.addEventListener('input', (e) => {
      if (!(e.target instanceof HTMLInputElement)) return;
      clearTimeout(this.#typing);
      clearTimeout(this.#starting);
      // Two pauses: after the short one the search starts, after the full one its results are shown.
      // Keys within a word mostly come sooner than the short pause, so few searches are thrown away,
      // and a reader who stops typing waits little beyond the full pause, also on a slow phone.
      this.#starting = setTimeout(() => this.#start(this.#read()), startAfter);
      this.#typing = setTimeout(() => this.#search(this.#read(), 'replace'), showAfter);
      // Fetch the index chunks for what is typed so far, in every form the search will ask for,
      // at once.
      const forms = queryVariants(e.target.value.trim()).filter(Boolean);
      if (forms.length > 0)
        void this.#load().then(
          (pagefind) => Promise.all(forms.map((form) => pagefind.preload(form))).catch(() => undefined),
          () => undefined,
        );
    });
    form.addEventListener('change', (e) => {
      if (e.target instanceof HTMLSelectElement) this.#search(this.#read(), 'push');
    });
    this.#part('more').addEventListener('click', () => this.#showMore(true));
    const refine = this.#part<HTMLDetailsElement>('filters');
    refine.hidden = false;
    refine.addEventListener('toggle', () => {
      if (refine.open) void this.#loadFilters().catch(() => undefined);
    });
    window.addEventListener('popstate', () => this.#restore());
    this.#restore();
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      // Served next to the site from /pagefind/, never bundled: the index is built after the site.
      const url = new URL('/pagefind/pagefind.js', location.href).href;
      const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      await pagefind.options({ ranking: searchRanking });
      return pagefind;
    })();
    return this.#pagefind;
  }

  /**
   * Filter values come from every page's filter lists, which grow with the
   * site: fetch them only when a reader opens "Verfijnen" or the URL has filters.
   */
  #loadFilters(): Promise<void> {
    this.#filters ??= this.#load().then(async (pagefind) => this.#fillFilters(await pagefind.filters()));
    return this.#filters;
  }

  async #fillFilters(available: Record<string, Record<string, number>>) {
    for (const select of this.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
      const values = Object.keys(available[select.dataset.filter ?? ''] ?? {}).sort((a, b) => a.localeCompare(b, 'nl'));
      const wanted = select.dataset.wanted ?? '';
      for (const value of values) select.add(new Option(value, value, false, value === wanted));
    }
  }

  #read(): SearchQuery {
    return readSearchQuery(new URLSearchParams([...new FormData(this.#form)].map(([k, v]) => [k, String(v)])));
  }

  /** Puts the URL's search into the form and runs it (first load and Back/Forward). */
  #restore() {
    const query = readSearchQuery(new URLSearchParams(location.search));
    (this.#form.elements.namedItem('q') as HTMLInputElement).value = query.q;
    for (const select of this.querySelectorAll<HTMLSelectElement>('select[name]')) {
      const key = select.dataset.filter as SearchFilter | undefined;
      const value = key ? (query.filters[key] ?? '') : query.newest ? 'datum' : '';
      select.dataset.wanted = value;
      select.value = value;
    }
    if (Object.keys(query.filters).length > 0 || query.newest) this.#part<HTMLDetailsElement>('filters').open = true;
    this.#search(query, 'none');
  }

  async #search(query: SearchQuery, history: 'push' | 'replace' | 'none') {
    const url = `${location.pathname}${writeSearchQuery(query)}`;
    if (history === 'push' && url !== `${location.pathname}${location.search}`) window.history.pushState(null, '', url);
    if (history === 'replace') window.history.replaceState(null, '', url);
    const run = ++this.#run;
    const hasFilters = Object.keys(query.filters).length > 0;
    if (!query.q && !hasFilters) {
      this.#results = [];
      this.#part('results').replaceChildren();
      this.#part('more').hidden = true;
      this.#status('');
      return;
    }
    const started = performance.now();
    const key = writeSearchQuery(query);
    const early = this.#early?.key === key ? this.#early : undefined;
    this.#early = undefined;
    let outcome: SearchOutcome;
    try {
      outcome = await (early?.outcome ?? this.#find(query));
    } catch {
      this.#status('Zoeken lukt nu niet. Blader hieronder per thema of gemeente.');
      return;
    }
    if (run !== this.#run) return; // A newer search has started.
    const rendering = performance.now();
    await this.#render(outcome.results, query.q, outcome.corrected);
    if (run !== this.#run) return;
    // For the bench (npm run bench:search): 'zoeken' is what the reader waits beyond the pause for
    // typing; 'zoeken-werk' the search's own time, from its start to its answer, plus the rendering.
    const end = performance.now();
    performance.measure('zoeken', { start: started, end });
    const searching = early ? early.ready - early.started : rendering - started;
    performance.measure('zoeken-werk', { start: early?.started ?? started, duration: searching + (end - rendering) });
  }

  /** Starts the search for what is typed so far, for #search to show when the reader pauses long enough. */
  #start(query: SearchQuery) {
    if (!query.q && Object.keys(query.filters).length === 0) return;
    const early = { key: writeSearchQuery(query), outcome: this.#find(query), started: performance.now(), ready: Number.NaN };
    // A search the reader typed past is dropped; its failure is shown only if #search takes it over.
    early.outcome.then(
      () => {
        early.ready = performance.now();
      },
      () => undefined,
    );
    this.#early = early;
  }

  async #find(query: SearchQuery): Promise<SearchOutcome> {
    const pagefind = await this.#load();
    return findPages(pagefind, query.q, { filters: { ...query.filters }, newest: query.newest }, async () => {
      const correction = await import('./searchCorrection');
      return { vocabulary: await correction.loadVocabulary(vocabularyPath), correctedQuery: correction.correctedQuery };
    });
  }

  /** Shows the first results, then announces the count, so a screen reader hears it once they are there. */
  async #render(results: PagefindResult[], q: string, corrected?: string) {
    const run = this.#run;
    this.#results = results;
    this.#shown = 0;
    this.#highlight = numbersIn(corrected ?? q);
    this.#part('results').replaceChildren();
    await this.#showMore(false);
    if (run !== this.#run) return;
    this.#suggest(corrected);
    const n = results.length;
    const count = `${formatNumber(n)} ${n === 1 ? 'resultaat' : 'resultaten'}`;
    const forQ = q ? ` voor ‘${q}’` : '';
    this.#status(
      corrected
        ? `${count} voor ‘${corrected}’: voor ‘${q}’ vonden we weinig of niets.`
        : n === 0
          ? `Geen resultaten${forQ}. Probeer een ander woord of blader hieronder per thema of gemeente.`
          : `${count}${forQ}`,
    );
  }

  /** "Bedoelde je …?" with a link that searches for the correction (and keeps the filters). */
  #suggest(corrected: string | undefined) {
    const box = this.#part('suggestion');
    box.replaceChildren();
    box.hidden = !corrected;
    if (!corrected) return;
    const link = document.createElement('a');
    link.href = `${location.pathname}${writeSearchQuery({ ...this.#read(), q: corrected })}`;
    link.textContent = corrected;
    link.addEventListener('click', (e) => {
      e.preventDefault();
      (this.#form.elements.namedItem('q') as HTMLInputElement).value = corrected;
      this.#search(this.#read(), 'push');
    });
    box.append('Bedoelde je ', link, '?');
  }

  #status(text: string) {
    this.#part('status').textContent = text;
  }

  async #showMore(focus: boolean) {
    const run = this.#run;
    const next = this.#results.slice(this.#shown, this.#shown + firstScreen);
    this.#shown += next.length;
    const data = await Promise.all(next.map((r) => r.data()));
    if (run !== this.#run) return;
    const items = data.map((d) => resultItem(d, this.#highlight));
    this.#part('results').append(...items);
    this.#part('more').hidden = this.#shown >= this.#results.length;
    if (focus) items[0]?.querySelector('a')?.focus();
  }
}

/** Decimal numbers a query asks for, to mark them in excerpts ("6,1"). */
function numbersIn(q: string): string[] {
  return withNumberTokens(q)
    .split(/\s+/)
    .map(tokenNumber)
    .filter((n): n is string => n !== null);
}

function resultItem(data: PagefindData, numbers: string[]): HTMLLIElement {
  const li = document.createElement('li');
  const kind = document.createElement('p');
  kind.className = 'kind';
  const date = data.meta.date ? formatDate(new Date(data.meta.date)) : '';
  kind.textContent = [data.meta.kind, date].filter(Boolean).join(' · ');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  excerpt.append(...excerptNodes(data, numbers));
  li.append(kind, heading, excerpt);
  return li;
}

/** The excerpt as text nodes and <mark>s: page text is never parsed as markup. */
function excerptNodes(data: PagefindData, numbers: string[]): Node[] {
  return excerptParts(data.content, data.locations, numbers).map(({ text, mark }) => {
    if (!mark) return document.createTextNode(text);
    const m = document.createElement('mark');
    m.textContent = text;
    return m;
  });
}

customElements.define('site-search', SiteSearch);
