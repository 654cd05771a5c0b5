/** Roles and within-article resolution from text: tables of [text, expected]. */
import { describe, expect, it } from 'vitest';
import { article, extract } from './helpers/article.js';
import { prepareArticle } from '../src/pipeline/extract.js';

const rolesOf = (text: string) =>
  extract(text).relations.filter((r) => r.relation === 'role').map((r) => `${r.source.label} -${r.title}${r.former ? ' (former)' : ''}-> ${r.target.label}`);

describe('roles', () => {
  it.each([
    ['a demonym and a title', 'Russian President Vladimir Putin spoke on Monday.', 'Vladimir Putin -President-> Russia'],
    ['a possessive state', "China's President Xi Jinping spoke on Monday.", 'Xi Jinping -President-> China'],
    ['a dotted state abbreviation', 'U.S. President Joe Biden spoke on Monday.', 'Joe Biden -President-> United States'],
    ['a former office', 'Former Russian President Dmitry Medvedev spoke on Monday.', 'Dmitry Medvedev -President (former)-> Russia'],
    ['a title of an organization', 'The Deputy Chairman of the Security Council of Russia Dmitry Medvedev spoke.', 'Dmitry Medvedev -Deputy Chairman-> Security Council of Russia'],
    ['an apposition', 'Antonio Guterres, Secretary-General of the United Nations, spoke on Monday.', 'Antonio Guterres -Secretary-General-> United Nations'],
    ['a state after the name', 'President Hosni Mubarak of Egypt arrived in Paris on Monday.', 'Hosni Mubarak -President-> Egypt'],
    ['an apposition that ends in a comma', "Lena Ostrow, Canada's trade minister, spoke on Monday.", 'Lena Ostrow -Trade Minister-> Canada'],
    ['a state after the name of a head of government', 'Prime Minister Yasuhiro Nakasone of Japan spoke on Monday.', 'Yasuhiro Nakasone -Prime Minister-> Japan'],
  ])('roles: %s', (_why, text, want) => {
    expect(rolesOf(text)).toContain(want);
  });

  it('roles: a chain of titles gives one role each', () => {
    const r = rolesOf('Former Russian President and current Deputy Chairman of the Security Council of Russia Dmitry Medvedev visited China.');
    expect(r).toContain('Dmitry Medvedev -President (former)-> Russia');
    expect(r).toContain('Dmitry Medvedev -Deputy Chairman-> Security Council of Russia');
  });

  it('roles: "of" after a name gives no role to a title that has its state already, nor to a name with no title', () => {
    expect(rolesOf('Egyptian President Hosni Mubarak of the ruling party spoke on Monday.')).toEqual(['Hosni Mubarak -President-> Egypt']);
    expect(rolesOf('Hosni Mubarak of Egypt spoke on Monday.')).toEqual([]);
    expect(rolesOf('Prime Minister Margaret Thatcher of the Conservative Party spoke on Monday.')).toEqual([]);
    expect(rolesOf('Former President Jimmy Carter of Georgia spoke on Monday.').filter((r) => r.endsWith('-> Georgia'))).toEqual([]);
    expect(rolesOf('Governor Ana Ruiz of Georgia spoke on Monday.').filter((r) => r.endsWith('-> Georgia'))).toEqual([]);
  });

  it('roles: a title after "of" a state lets a later description find its person', () => {
    const a = article('President Hosni Mubarak of Egypt arrived in Paris on Sunday. On Monday the Egyptian president met the French prime minister.');
    const { doc, roles } = prepareArticle(a);
    expect(roles.descriptions.map((d) => `${d.person.label} <- ${a.text.slice(d.start, d.end)}`)).toEqual(['Hosni Mubarak <- the Egyptian president']);
    expect(doc.mentions.filter((m) => m.kind === 'state').map((m) => m.label)).toContain('Egypt');
  });

  it('roles: titles never become part of a name', () => {
    const people = extract('President Joe Biden met Prime Minister Rishi Sunak on Monday.').entities.filter((e) => e.kind === 'person').map((e) => e.text);
    expect(people).toEqual(['Joe Biden', 'Rishi Sunak']);
  });
});

describe('resolution within an article', () => {
  it.each([
    ['a surname joins the full name', 'Russian President Vladimir Putin spoke on Monday. Putin said the talks went well.', 'Putin', 'Vladimir Putin'],
    ['an East Asian family name joins the full name', 'Chinese President Xi Jinping spoke on Monday. Xi said the talks went well.', 'Xi', 'Xi Jinping'],
    ['an acronym defined in the text', 'The Communist Party of China (CPC) met on Monday. The CPC said the plenum went well.', 'CPC', 'Communist Party of China'],
    ['a well-known acronym', 'The UN said on Monday that aid was arriving.', 'UN', 'United Nations'],
    ['an official state name', 'The Russian Federation said on Monday that talks were possible.', 'Russian Federation', 'Russia'],
  ])('resolution: %s', (_why, text, surface, label) => {
    const e = extract(text).entities.find((x) => x.text === surface);
    expect(e?.label).toBe(label);
  });

  it('resolution: a demonym alone is not a state', () => {
    expect(extract('Russian officials said on Monday that the talks went well.').entities.filter((e) => e.kind === 'state')).toEqual([]);
  });
});
