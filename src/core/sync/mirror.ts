// A sync's mirror: the records it last saw, kept in a hidden sheet of the add-on's own, keyed by id.
//
// Incremental runs merge MiniCRM's changes into the mirror and rebuild the visible table from it; a
// multi-step first sync stages fetched details here until all are in. The mirror lives in a hidden sheet
// (not in properties: 9 KB a value is far too small; not in the cache: it expires) whose name says it is the
// add-on's, so it is never mistaken for the user's data. Nothing in the user's sheet changes until commit.
import type { SheetPort, WorkbookPort } from '../ports';
import { MAX_CELL_CHARS } from './cells';

/** One record: its fields as the sync needs them, or null while its details are still to be fetched. */
export type MirrorRecords = Map<number, Record<string, unknown> | null>;

/** The prefix of every sheet the add-on keeps for itself. */
export const MIRROR_SHEET_PREFIX = 'MiniCRM Sync data · ';
const HEADER = ['Id', 'Record (JSON, kept by MiniCRM Sync; do not edit)'];

/** The name of a sync's mirror sheet. */
export function mirrorSheetName(syncId: string): string {
  return `${MIRROR_SHEET_PREFIX}${syncId}`;
}

/** Keeps a record's JSON within one cell: the longest text values are shortened first. */
function fitJson(record: Record<string, unknown>): string {
  let json = JSON.stringify(record);
  if (json.length <= MAX_CELL_CHARS) return json;
  const shortened = { ...record };
  const texts = Object.keys(shortened)
    .filter(key => typeof shortened[key] === 'string')
    .sort((a, b) => String(shortened[b]).length - String(shortened[a]).length);
  for (const key of texts) {
    const excess = json.length - MAX_CELL_CHARS + 100;
    const value = String(shortened[key]);
    shortened[key] = value.slice(0, Math.max(0, value.length - excess));
    json = JSON.stringify(shortened);
    if (json.length <= MAX_CELL_CHARS) break;
  }
  return json;
}

/** Reads and writes a sync's mirror sheet. */
export class Mirror {
  private constructor(private readonly sheet: SheetPort) {}

  /** The mirror of a sync, or null when it has none yet. */
  static find(workbook: WorkbookPort, syncId: string): Mirror | null {
    const sheet = workbook.sheet(mirrorSheetName(syncId));
    return sheet ? new Mirror(sheet) : null;
  }

  /** The mirror of a sync, created hidden when missing. */
  static open(workbook: WorkbookPort, syncId: string): Mirror {
    const existing = Mirror.find(workbook, syncId);
    if (existing) return existing;
    const sheet = workbook.createSheet(mirrorSheetName(syncId));
    sheet.hide();
    return new Mirror(sheet);
  }

  /** Removes a sync's mirror. */
  static remove(workbook: WorkbookPort, syncId: string): void {
    workbook.deleteSheet(mirrorSheetName(syncId));
  }

  /** Every record, in one read. A row whose JSON is unreadable counts as still to be fetched. */
  load(): MirrorRecords {
    const records: MirrorRecords = new Map();
    const rows = this.sheet.contentExtent().rows;
    if (rows < 2) return records;
    for (const [id, json] of this.sheet.read(2, 1, rows - 1, 2)) {
      const key = Number(id);
      if (!Number.isInteger(key)) continue;
      let record: Record<string, unknown> | null = null;
      if (typeof json === 'string' && json) {
        try {
          record = JSON.parse(json) as Record<string, unknown>;
        } catch {
          record = null;
        }
      }
      records.set(key, record);
    }
    return records;
  }

  /** Replaces the whole mirror in one write (ids ascending), clearing rows left from a larger one. */
  save(records: MirrorRecords): void {
    const previousRows = this.sheet.contentExtent().rows;
    const ids = [...records.keys()].sort((a, b) => a - b);
    const values = [
      HEADER,
      ...ids.map(id => [id, records.get(id) ? fitJson(records.get(id) as Record<string, unknown>) : '']),
    ];
    this.sheet.ensureGridSize(values.length, 2);
    // A JSON object starts with "{", which Sheets never reads as a number, date or formula.
    this.sheet.write(1, 1, values);
    if (previousRows > values.length) this.sheet.clear(values.length + 1, 1, previousRows - values.length, 2);
  }
}
