import { describe, expect, it } from 'vitest';
import { fitWithin, jpegName } from './imageDownscale';

describe('photo downscaling size', () => {
  it('fits the longer side within the limit and keeps the aspect ratio', () => {
    expect(fitWithin(4032, 3024, 1600)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3024, 4032, 1600)).toEqual({ width: 1200, height: 1600 });
  });

  it('never enlarges a small picture', () => {
    expect(fitWithin(800, 600, 1600)).toEqual({ width: 800, height: 600 });
  });

  it('keeps at least one pixel and refuses empty sizes', () => {
    expect(fitWithin(10000, 1, 1600)).toEqual({ width: 1600, height: 1 });
    expect(fitWithin(0, 100, 1600)).toEqual({ width: 0, height: 0 });
  });

  it('names the result .jpg', () => {
    expect(jpegName('IMG_0001.HEIC')).toBe('IMG_0001.jpg');
    expect(jpegName('leak.photo.png')).toBe('leak.photo.jpg');
    expect(jpegName('')).toBe('photo.jpg');
  });
});
