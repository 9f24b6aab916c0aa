/**
 * The computed progress statuses of an indicator (src/lib/progress/compute-progress.ts), each with
 * its symbol, as shown on pages (the symbol and the words together, never colour alone).
 */
import type { ProgressStatus } from '../progress/compute-progress.ts';

export const progressStatusLabels = {
  met: { symbol: '★', label: '目標達成' },
  'on-track': { symbol: '▲', label: '順調（計画の直線以上）' },
  behind: { symbol: '▼', label: '遅れ（計画の直線を下回る）' },
  'in-progress': { symbol: '▶', label: '進行中' },
  worse: { symbol: '▽', label: '現状値より後退' },
  'no-data': { symbol: '－', label: 'データなし' },
  text: { symbol: '◇', label: '文章で示す目標（計算しません）' },
} as const satisfies Record<ProgressStatus, { symbol: string; label: string }>;
