import { describe, expect, it } from 'vitest';
import { isValidMunicipalityCode } from '../../../src/lib/validate/municipality-code.ts';

describe('isValidMunicipalityCode', () => {
  // Kitakami, Morioka, Oshu, Yokote, Chiyoda, Sapporo: published codes with their check digits.
  it.each(['032069', '032018', '032158', '052035', '131016', '011002'])('accepts %s', (code) => {
    expect(isValidMunicipalityCode(code)).toBe(true);
  });
  it.each(['032060', '32069', '0320690', 'abcdef'])('rejects %s', (code) => {
    expect(isValidMunicipalityCode(code)).toBe(false);
  });
});
