import { describe, expect, it } from 'vitest';
import { CsvParser, csvLine, parsePgArray, pgArrayLiteral, readCsvRecords } from './csv.js';

const parse = (text: string, chunk = text.length) => {
  const parser = new CsvParser();
  const out = [];
  for (let i = 0; i < text.length; i += chunk) out.push(...parser.push(text.slice(i, i + chunk)));
  out.push(...parser.end());
  return out;
};

describe('CSV', () => {
  it('writes what it reads back: quotes, commas, new lines, empty strings and nulls', () => {
    const line = csvLine(['plain', 'a,b', 'say "hi"', 'two\nlines', '', null, true, 3, ['racism', 'misogyny'], { a: 1 }]);
    expect(line).toBe('plain,"a,b","say ""hi""","two\nlines","",,true,3,"{racism,misogyny}","{""a"":1}"\n');
    const [record] = parse(line);
    expect(record?.error).toBeNull();
    expect(record?.fields).toEqual(['plain', 'a,b', 'say "hi"', 'two\nlines', '', null, 'true', '3', '{racism,misogyny}', '{"a":1}']);
  });

  it('gives the same records whatever the chunk boundaries, with CRLF line ends and line numbers', () => {
    const text = 'id,name\r\n1,"Zoë ""Z"" O\'Brien"\r\n2,"multi\r\nline"\r\n3,last\r\n';
    const whole = parse(text);
    for (const chunk of [1, 2, 3, 7]) expect(parse(text, chunk)).toEqual(whole);
    expect(whole.map((r) => r.line)).toEqual([1, 2, 3, 5]);
    expect(whole[1]?.fields).toEqual(['1', 'Zoë "Z" O\'Brien']);
    expect(whole[3]?.fields).toEqual(['3', 'last']);
  });

  it('reports broken quoting on the line it starts and carries on with the next line', () => {
    const records = parse('a,b\n1,"stray\n2,ok\n3,x"y\n4,"z"extra\n5,"never closed\n6,fine\n');
    expect(records[1]).toMatchObject({ line: 2, error: expect.stringContaining('stray double quote') });
    expect(records[2]).toMatchObject({ line: 3, fields: ['2', 'ok'], error: null });
    expect(records[3]).toMatchObject({ line: 4, error: expect.stringContaining('does not start with one') });
    expect(records[4]).toMatchObject({ line: 5, error: expect.stringContaining('after its closing quote') });
    expect(records[5]).toMatchObject({ line: 6, error: expect.stringContaining('never closed') });
    expect(records[6]).toMatchObject({ line: 7, fields: ['6', 'fine'], error: null });
  });

  it('drops a byte-order mark and refuses bytes that are not UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('id,name\n1,Ann\n2,'), Buffer.from([0xe9]), Buffer.from('lise\n')]);
    const records = [];
    for await (const batch of readCsvRecords([bytes])) records.push(...batch);
    expect(records[0]?.fields).toEqual(['id', 'name']);
    expect(records[1]?.error).toBeNull();
    expect(records[2]?.error).toMatch(/not valid UTF-8/);
  });

  it('reads and writes PostgreSQL array literals', () => {
    expect(parsePgArray('{}')).toEqual([]);
    expect(parsePgArray('{racism,misogyny}')).toEqual(['racism', 'misogyny']);
    expect(parsePgArray('{"a b","c\\"d"}')).toEqual(['a b', 'c"d']);
    expect(parsePgArray('racism')).toBeNull();
    expect(pgArrayLiteral(['a b', 'c'])).toBe('{"a b",c}');
  });
});
