/**
 * Checks the 6th digit of a 全国地方公共団体コード: the check digit is the last digit of
 * 11 minus the remainder of (d1×6 + d2×5 + d3×4 + d4×3 + d5×2) divided by 11.
 */
export function isValidMunicipalityCode(code: string): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  const digits = [...code].map(Number);
  const sum = digits.slice(0, 5).reduce((acc, d, i) => acc + d * (6 - i), 0);
  return (11 - (sum % 11)) % 10 === digits[5];
}
