import { describe, expect, it } from 'vitest';
import { BeforeClose } from '../../renderer/app/before-close';

describe('BeforeClose', () => {
  it('runs every registered task and reports failures without stopping the others', async () => {
    const beforeClose = new BeforeClose();
    const done: string[] = [];
    beforeClose.register(() => {
      done.push('flush');
      return Promise.resolve();
    });
    beforeClose.register(() => Promise.reject(new Error('disk full')));
    const remove = beforeClose.register(() => {
      done.push('removed');
      return Promise.resolve();
    });
    remove();
    const failures = await beforeClose.run();
    expect(done).toEqual(['flush']);
    expect(failures).toHaveLength(1);
  });
});
