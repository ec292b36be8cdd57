import { describe, expect, it } from 'vitest';
import { formatPhone } from './phone';

describe('formatPhone', () => {
  it('groups a mobile number the national way, whatever form it arrives in', () => {
    expect(formatPhone('+8613110483059')).toBe('131 1048 3059');
    expect(formatPhone('13110483059')).toBe('131 1048 3059');
    expect(formatPhone('0086 131-1048-3059')).toBe('131 1048 3059');
  });

  it('gives landlines their trunk 0 and the area code length of the city', () => {
    expect(formatPhone('+8645188881234')).toBe('0451 8888 1234');
    expect(formatPhone('0451-8888-1234')).toBe('0451 8888 1234');
    expect(formatPhone('+861065529988')).toBe('010 6552 9988');
    expect(formatPhone('+862112345678')).toBe('021 1234 5678');
    expect(formatPhone('+864518881234')).toBe('0451 888 1234');
  });

  it('adds the extension the way the server writes it', () => {
    expect(formatPhone('+8645188881234', '201')).toBe('0451 8888 1234 转 201');
  });

  it('leaves what is not a Chinese number alone', () => {
    expect(formatPhone('96069')).toBe('96069');
    expect(formatPhone('sip:1000@127.0.0.1')).toBe('sip:1000@127.0.0.1');
    expect(formatPhone('+14155550123')).toBe('+14155550123');
    expect(formatPhone(null)).toBe('');
  });
});
