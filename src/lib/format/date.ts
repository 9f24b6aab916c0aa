/** 「2026年12月25日」 from `2026-12-25` (the form pages use for a calendar date). */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * A plan's date as pages show it: the date when known; otherwise the original's own wording and
 * what is missing (a draft's day is not decided yet; an adopted plan's original prints no day).
 */
export function planDateText(plan: { date: string | null; date_label: string | null; status: string }): string {
  if (plan.date) return formatDate(plan.date);
  if (!plan.date_label) return '原本に記載なし';
  return `${plan.date_label}（原本の表記。${plan.status === 'adopted' ? '日の記載はありません' : '日付は未定です'}）`;
}
