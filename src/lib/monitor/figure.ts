/** What every monitor figure offers every output (page, embed, downloads, thumbnails), whatever its kind. */
import type { Scene } from '../charts/scene';
import type { DataRow, Unit } from './rows';

/** Chart layouts, each drawn for the width it is shown at (CSS picks one per container width). */
export const layouts = { narrow: 300, medium: 560, wide: 960 } as const;
export type Layout = keyof typeof layouts;
/** Thumbnails and highlights: one small chart of what the figure is about. */
export const miniWidth = 300;

export interface Cell {
  value: number | null;
  display: string;
  /** Note numbers (1-based) for this cell. */
  notes: number[];
}

export interface TableRow {
  header: string;
  unit: Unit;
  cells: Cell[];
  notes: number[];
}

/** The table shown under the chart; the per-figure CSV files are this table, row for row. */
export interface FigureTable {
  caption: string;
  /** Heading of the row-header column ("Aspect", "Antwoord"). */
  rowHeader: string;
  /** Column headings; `group` spans columns (an audience above its years). */
  columns: { label: string; group?: string }[];
  rows: TableRow[];
}

/** The one or two numbers a reader should take away, for the overview and the home page. */
export interface Headline {
  label: string;
  values: { label: string; display: string }[];
}

export interface Figure {
  id: string;
  year: number;
  kind: 'grades' | 'ladder' | 'distribution';
  chapter: string;
  /** Our takeaway headline (not a printed title). */
  title: string;
  /** What the figure shows, neutrally: subtitle, citation, start of the description. */
  subject: string;
  /** Every value in words, for the chart's accessible description. */
  description: string;
  charts: Record<Layout, Scene>;
  mini: Scene;
  miniDescription: string;
  headline: Headline;
  table: FigureTable;
  rows: DataRow[];
  /** Footnotes, numbered from 1 in this order; table rows, cells and chart labels refer to them. */
  notes: string[];
}
