// Short unique ids for saved filters and syncs (no crypto in Apps Script; time plus randomness is enough here).

/** A new id such as `f_lx2k9a_4f7q`, unique within a spreadsheet's library. */
export function newId(prefix: string, nowMs: number, taken: (id: string) => boolean): string {
  for (;;) {
    const random = Math.floor(Math.random() * 36 ** 4)
      .toString(36)
      .padStart(4, '0');
    const id = `${prefix}_${nowMs.toString(36)}_${random}`;
    if (!taken(id)) return id;
  }
}
