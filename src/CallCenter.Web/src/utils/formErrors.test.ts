import { describe, expect, it } from 'vitest';
import { toNamePath } from './formErrors';

describe('server field names to form paths', () => {
  it.each([
    ['accountNumber', ['accountNumber']],
    ['AccountNumber', ['accountNumber']],
    ['phones[0].number', ['phones', 0, 'number']],
    ['Phones[1].Number', ['phones', 1, 'number']],
    ['phones', ['phones']],
    ['$.heatingAreaM2', ['heatingAreaM2']],
  ])('%s', (field, expected) => {
    expect(toNamePath(field)).toEqual(expected);
  });
});
