import { act, render, screen } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { generateCollection } from '../../../tests/fixtures/collection/generate-collection';
import { toReceiveInput } from '../../../tests/fixtures/collection/receive-input';
import { clearCollection, receiveAssessments } from '../../storage/collection';
import { markImportRunning } from './import-activity';
import { useSettledCollection } from './use-settled-collection';

const files = generateCollection({ count: 3, seed: 31 });

async function receive(index: number) {
  await receiveAssessments([await toReceiveInput(files[index]!)]);
}

function Count() {
  const received = useSettledCollection();
  return <p>{received === undefined ? 'loading' : `${received.length} units`}</p>;
}

beforeEach(async () => {
  await clearCollection();
});

test('live while no import runs; while one runs, the collection as it was, then caught up once it ends', async () => {
  render(<Count />);
  expect(await screen.findByText('0 units')).toBeVisible();
  await act(() => receive(0));
  expect(await screen.findByText('1 units')).toBeVisible();

  let ended: () => void = () => {};
  act(() => {
    ended = markImportRunning();
  });
  await act(async () => {
    await receive(1);
    await receive(2);
    // Time for a live query to have fired, were it still watching.
    await new Promise((resolve) => setTimeout(resolve, 200));
  });
  expect(screen.getByText('1 units')).toBeVisible();

  act(() => ended());
  expect(await screen.findByText('3 units')).toBeVisible();
});
