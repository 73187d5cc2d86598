// Multi-select fields: values arrive as ", "-joined labels (details) or bit-flag sums; schema keys are the bits.

/**
 * The labels of a multi-select value. A number (or numeric string) is a sum of bit flags — keys reach 2^35,
 * beyond 32-bit integers, so the bits are read with arithmetic, not bitwise operators. Text is split against
 * the known labels, longest first, because a label may itself contain ", "; text that matches no label is
 * kept as one piece rather than lost.
 */
export function multiSelectLabels(raw: unknown, labels: Map<string, string> | undefined): string[] {
  if (raw === null || raw === undefined || raw === '' || raw === 0 || raw === '0') return [];
  if (typeof raw === 'number' || (typeof raw === 'string' && /^\d+$/.test(raw))) {
    return labelsOfBits(Number(raw), labels);
  }
  if (Array.isArray(raw)) return raw.map(String);
  return splitLabels(String(raw), labels ? [...labels.values()] : []);
}

function labelsOfBits(sum: number, labels: Map<string, string> | undefined): string[] {
  const found: string[] = [];
  let rest = sum;
  for (let bit = 1; rest > 0 && bit <= Number.MAX_SAFE_INTEGER; bit *= 2) {
    if (Math.floor(rest / bit) % 2 === 1) {
      found.push(labels?.get(String(bit)) ?? String(bit));
      rest -= bit;
    }
  }
  return found;
}

function splitLabels(text: string, known: string[]): string[] {
  const byLength = [...known].sort((a, b) => b.length - a.length);
  const parts: string[] = [];
  let rest = text.trim();
  while (rest) {
    const label = byLength.find(candidate => rest === candidate || rest.startsWith(`${candidate}, `));
    if (!label) {
      // Unknown label: take up to the next separator.
      const comma = rest.indexOf(', ');
      parts.push(comma < 0 ? rest : rest.slice(0, comma));
      rest = comma < 0 ? '' : rest.slice(comma + 2);
      continue;
    }
    parts.push(label);
    rest = rest.slice(label.length).replace(/^, /, '');
  }
  return parts;
}
