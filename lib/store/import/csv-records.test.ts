import { describe, expect, it } from 'vitest';
import { CsvRecordSplitter, guessDelimiter, type CsvProblem, type CsvRecord } from './csv-records';

function split(text: string, chunk = text.length || 1) {
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  const splitter = new CsvRecordSplitter(
    (r) => records.push(r),
    (p) => problems.push(p),
  );
  for (let at = 0; at < text.length; at += chunk) splitter.push(text.slice(at, at + chunk));
  splitter.end();
  return { records, problems, delimiter: splitter.delimiter };
}

describe('CsvRecordSplitter', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks, naming each record’s first line', () => {
    const csv =
      'Name,Note,Tags\r\nAda,"Likes ""oolong"", not sencha",vip\r\nBo,"two\r\nlines",\r\nCy,,"a, b"\r\n';
    const { records, problems } = split(csv);
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { line: 1, cells: ['Name', 'Note', 'Tags'] },
      { line: 2, cells: ['Ada', 'Likes "oolong", not sencha', 'vip'] },
      { line: 3, cells: ['Bo', 'two\nlines', ''] },
      { line: 5, cells: ['Cy', '', 'a, b'] },
    ]);
  });

  it('gives the same records whatever the chunk boundaries', () => {
    const csv = 'A,B\n1,"x\ny"\n2,"q ""r"""\n3,z\n';
    const whole = split(csv);
    for (const chunk of [1, 2, 3, 5, 7]) expect(split(csv, chunk)).toEqual(whole);
  });

  it('loses one row, not the rest of the file, to a quote that is never closed', () => {
    const rows = Array.from({ length: 3000 }, (_, i) =>
      i === 3 ? `${i},"broken note,x@y.io` : `${i},fine "inch" note,c${i}@x.io`,
    );
    const { records, problems } = split(`Id,Note,Email\n${rows.join('\n')}\n`);
    expect(problems).toEqual([
      { line: 5, reason: 'a quote opened on this line is not closed before the row ends' },
    ]);
    expect(records).toHaveLength(3000); // header + 2,999 rows
    expect(records.at(-1)).toEqual({
      line: 3001,
      cells: ['2999', 'fine "inch" note', 'c2999@x.io'],
    });
  });

  it('reports a quote that closes on a later row as one bad line and rereads the rows it swallowed', () => {
    const csv = 'Id,Note,Email\n1,"oops,a@x.io\n2,ok,b@x.io\n3,"fine",c@x.io\n4,x,d@x.io\n';
    const { records, problems } = split(csv);
    expect(problems).toEqual([
      { line: 2, reason: 'a quote opened on this line is not closed before the row ends' },
    ]);
    expect(records.map((r) => r.cells[0])).toEqual(['Id', '2', '3', '4']);
  });

  it('skips blank lines and Excel’s empty rows, and honours a sep= line', () => {
    const { records, delimiter } = split('sep=;\nA;B\n\n;\n1;2\n');
    expect(delimiter).toBe(';');
    expect(records).toEqual([
      { line: 2, cells: ['A', 'B'] },
      { line: 5, cells: ['1', '2'] },
    ]);
  });

  it('guesses the separator from the header', () => {
    expect(guessDelimiter('Name,Email,"a;b"')).toBe(',');
    expect(guessDelimiter('Bestellnummer;Datum;Betrag')).toBe(';');
    expect(guessDelimiter('Name\tEmail\tTotal')).toBe('\t');
  });
});
