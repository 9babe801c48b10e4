/**
 * <site-search>: runs Pagefind's JS API behind the plain GET form on /zoeken/.
 * The form alone already works (it reloads the page with ?q=); this element
 * adds results in place, filters and Back-button history. Query text is only
 * ever written with textContent: nothing a reader types can become markup.
 */
import { spellingVariant } from '../../lib/dutchSpelling';
import { formatDate, formatNumber } from '../../lib/format';
import type { SearchFilter } from '../../lib/search';
import { readSearchQuery, type SearchQuery, writeSearchQuery } from '../../lib/searchQuery';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (
    term: string | null,
    o: {
      filters?: Record<string, string>;
      sort?: Record<string, 'asc' | 'desc'>;
    },
  ) => Promise<{ results: PagefindResult[] } | null>;
}

const pageSize = 10;

class SiteSearch extends HTMLElement {
  #pagefind?: Promise<Pagefind>;
  #filters?: Promise<void>;
  #results: PagefindResult[] = [];
  #shown = 0;
  #run = 0;
  #typing?: ReturnType<typeof setTimeout>;

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
      this.#typing = setTimeout(() => this.#search(this.#read(), 'replace'), 300);
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
      await pagefind.options({ excerptLength: 24 });
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
    const options = { filters: { ...query.filters }, sort: query.newest ? { date: 'desc' as const } : {} };
    const variant = spellingVariant(query.q);
    let responses: ({ results: PagefindResult[] } | null)[];
    try {
      const pagefind = await this.#load();
      responses = await Promise.all([query.q || null, ...(variant ? [variant] : [])].map((t) => pagefind.search(t, options)));
    } catch {
      this.#status('Zoeken lukt nu niet. Blader hieronder per thema of gemeente.');
      return;
    }
    if (run !== this.#run) return; // A newer search has started.
    void this.#render(
      merge(
        responses.map((r) => r?.results ?? []),
        !query.newest,
      ),
      query.q,
    );
  }

  /** Shows the first results, then announces the count, so a screen reader hears it once they are there. */
  async #render(results: PagefindResult[], q: string) {
    const run = this.#run;
    this.#results = results;
    this.#shown = 0;
    this.#part('results').replaceChildren();
    await this.#showMore(false);
    if (run !== this.#run) return;
    const n = results.length;
    const forQ = q ? ` voor ‘${q}’` : '';
    this.#status(
      n === 0
        ? `Geen resultaten${forQ}. Probeer een ander woord of blader hieronder per thema of gemeente.`
        : `${formatNumber(n)} ${n === 1 ? 'resultaat' : 'resultaten'}${forQ}`,
    );
  }

  #status(text: string) {
    this.#part('status').textContent = text;
  }

  async #showMore(focus: boolean) {
    const run = this.#run;
    const next = this.#results.slice(this.#shown, this.#shown + pageSize);
    this.#shown += next.length;
    const data = await Promise.all(next.map((r) => r.data()));
    if (run !== this.#run) return;
    const items = data.map(resultItem);
    this.#part('results').append(...items);
    this.#part('more').hidden = this.#shown >= this.#results.length;
    if (focus) items[0]?.querySelector('a')?.focus();
  }
}

/** Results of the query and its spelling variant, each page once; by score unless sorted by date. */
function merge(lists: PagefindResult[][], byScore: boolean): PagefindResult[] {
  const byId = new Map<string, PagefindResult>();
  for (const result of lists.flat()) {
    const seen = byId.get(result.id);
    if (!seen || seen.score < result.score) byId.set(result.id, result);
  }
  const merged = [...byId.values()];
  return byScore ? merged.sort((a, b) => b.score - a.score) : merged;
}

function resultItem(data: PagefindResultData): HTMLLIElement {
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
  excerpt.append(...excerptNodes(data.excerpt));
  li.append(kind, heading, excerpt);
  return li;
}

/** Pagefind's excerpt is escaped text with <mark> around hits; keep exactly that and nothing else. */
function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstElementChild;
  return [...(parsed?.childNodes ?? [])].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

customElements.define('site-search', SiteSearch);
