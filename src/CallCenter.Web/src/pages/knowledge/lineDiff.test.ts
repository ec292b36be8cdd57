import { describe, expect, it } from 'vitest';
import { lineDiff } from './lineDiff';

describe('lineDiff', () => {
  it('should mark removed and added lines and keep the common ones', () => {
    const diff = lineDiff('标题\n旧步骤\n结尾', '标题\n新步骤\n结尾\n补充');
    expect(diff).toEqual([
      { kind: 'same', text: '标题' },
      { kind: 'removed', text: '旧步骤' },
      { kind: 'added', text: '新步骤' },
      { kind: 'same', text: '结尾' },
      { kind: 'added', text: '补充' },
    ]);
  });
});
