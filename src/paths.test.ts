import { render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { expect, test } from 'vitest';
import { Route, Router, Switch, useParams } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { decodeSegment, encodeSegment, paths } from './paths';

/** Ids a file may carry (1 to 64 characters, anything): URL characters, escapes, Vietnamese, dot segments. */
const AWKWARD_IDS = [
  'a/b#c?d%e f',
  'a%2Fb',
  '/',
  '%',
  '%25',
  '%E0%A4%A',
  '?x=1&y=2',
  '#top',
  'Ủy ban nhân dân xã Minh Châu',
  'Ủy ban'.normalize('NFD'),
  '.',
  '..',
  'new',
  'New',
  ' leading and trailing ',
  "it's (1)! ~*",
  'a+b=c;d:e@f$g,h',
  '😀 emoji',
  'x'.repeat(64),
  '7b1e4c2a-9d3f-4e8a-b6c5-0a1b2c3d4e5f',
];

function Params({ name }: { name: string }) {
  const params = useParams<Record<string, string>>();
  return createElement('output', { 'aria-label': name }, JSON.stringify(params));
}

/** The app's routes, in the app's order, each showing which route matched and the parameters it got. */
function renderRoutes(path: string) {
  const { hook } = memoryLocation({ path });
  const route = (name: string, pattern: string | RegExp) =>
    createElement(Route, { key: name, path: pattern }, createElement(Params, { name }));
  return render(
    createElement(Router, {
      hook,
      children: createElement(
        Switch,
        null,
        route('home', paths.home.pattern),
        route('new', paths.newAssessment.pattern),
        route('import', paths.importFile.pattern),
        route('profile', paths.profile.pattern),
        route('section', paths.section.pattern),
        route('results', paths.results.pattern),
        route('plan', paths.plan.pattern),
        route('assessment', paths.assessment.pattern),
        createElement(Route, { key: 'not-found' }, createElement('p', null, 'not found')),
      ),
    }),
  );
}

function paramsOf(name: string): Record<string, string> {
  return JSON.parse(screen.getByRole('status', { name }).textContent ?? '{}') as Record<string, string>;
}

test.each(AWKWARD_IDS)('%j: every builder gives a plain ASCII path with no query or fragment', (id) => {
  for (const path of [
    paths.assessment.to(id),
    paths.profile.to(id),
    paths.results.to(id),
    paths.plan.to(id),
    paths.section.to(id, 'security'),
  ]) {
    expect(path).toMatch(/^[A-Za-z0-9/%_-]+$/);
    // The browser keeps it as it is: no dot segment removed, nothing taken as query or fragment.
    const url = new URL(path, 'https://example.test');
    expect(url.pathname).toBe(path);
    expect(url.search).toBe('');
    expect(url.hash).toBe('');
  }
});

test.each(AWKWARD_IDS)('%j: each screen route matches and gets exactly the id back', (id) => {
  const cases = [
    ['assessment', paths.assessment.to(id)],
    ['profile', paths.profile.to(id)],
    ['results', paths.results.to(id)],
    ['plan', paths.plan.to(id)],
    ['section', paths.section.to(id, 'security')],
  ] as const;
  for (const [name, path] of cases) {
    const view = renderRoutes(path);
    expect(paramsOf(name).assessmentId).toBe(id);
    if (name === 'section') expect(paramsOf(name).sectionId).toBe('security');
    view.unmount();
  }
});

test('a link to a question keeps its fragment after the encoded path', () => {
  expect(paths.section.to('a/b', 'security', 'security-drills')).toBe(
    '/assessments/a%252Fb/sections/security#question-security-drills',
  );
});

test('ids that differ only by escapes never reach a screen as the same id', () => {
  const seen = new Set(AWKWARD_IDS.map((id) => paths.results.to(id)));
  expect(seen.size).toBe(AWKWARD_IDS.length);
});

test('the id "new" opens that assessment, not the form that creates one', () => {
  renderRoutes(paths.assessment.to('new'));
  expect(paramsOf('assessment').assessmentId).toBe('new');
  expect(screen.queryByRole('status', { name: 'new' })).toBeNull();
});

test('a link typed by hand with a single encoding still opens', () => {
  renderRoutes('/assessments/%C6%AFu%20ti%C3%AAn%2F2026/plan');
  expect(paramsOf('plan').assessmentId).toBe('Ưu tiên/2026');
});

test('why ids are encoded twice: wouter decodes the whole path with decodeURI, "%25" included', () => {
  // With one encodeURIComponent, the ids "a/b" and "a%2Fb" would arrive as the same text, and "%e f" not at all.
  expect(decodeURI(encodeURIComponent('a/b'))).toBe(decodeURI(encodeURIComponent('a%2Fb')));
  expect(decodeURI(encodeURIComponent('a/b#c?d%e f'))).toBe('a%2Fb%23c%3Fd%e f');
  // wouter's default patterns hand the screen that partly decoded text.
  const { hook } = memoryLocation({ path: `/assessments/${encodeURIComponent('a/b#c?d%e f')}` });
  render(
    createElement(Router, {
      hook,
      children: createElement(Route, { path: '/assessments/:assessmentId' }, createElement(Params, { name: 'plain' })),
    }),
  );
  expect(paramsOf('plain').assessmentId).toBe('a%2Fb%23c%3Fd%e f');
  // Encoded twice, the same decodeURI gives exactly one encodeURIComponent back.
  expect(decodeURI(encodeSegment('a/b#c?d%e f'))).toBe('a%2Fb%23c%3Fd%25e%20f');
  expect(decodeSegment('a%2Fb%23c%3Fd%25e%20f')).toBe('a/b#c?d%e f');
  expect(decodeSegment('100%')).toBe('100%');
});
