import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewImport } from './preview';

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('previewImport: the three CRMs’ real export files', () => {
  it('reads the Shopify customers export, reporting bad rows by line with the reason', async () => {
    const preview = await previewImport(fixture('shopify-customers.csv'), { account: 'demo-shop' });
    expect(preview.source).toBe('shopify-customers');
    expect(preview.rows).toBe(5);
    expect(preview.customers).toHaveLength(2);
    expect(preview.customers[0]).toEqual({
      key: { crm: 'shopify', account: 'demo-shop', id: '7012345678901', email: 'ada@example.com' },
      email: 'ada@example.com',
      name: 'Ada Lovelace',
      summary: { orderCount: 6, totalSpent: 1234.5 },
      tags: ['vip', 'referral'],
      note: 'Prefers email, not calls',
    });
    expect(preview.customers[1]?.name).toBe('Bob <img src=x onerror=alert(1)>');
    expect(preview.badRows).toEqual([
      { line: 4, reason: '“not-an-email” is not an e-mail address' },
      { line: 5, reason: 'totalSpent “twelve” is not a valid number' },
      { line: 6, reason: 'no customer id, e-mail or phone' },
    ]);
  });

  it('reads the Shopify orders export: line-item rows fold into their order, statuses map', async () => {
    const preview = await previewImport(fixture('shopify-orders.csv'), { account: 'demo-shop' });
    expect(preview.source).toBe('shopify-orders');
    const ada = preview.customers.find((c) => c.email === 'ada@example.com');
    expect(ada?.key).toEqual({ crm: 'shopify', account: 'demo-shop', email: 'ada@example.com' });
    expect(ada?.orders).toEqual([
      {
        id: '5550001',
        placedAt: '2025-01-05T09:58:12.000Z',
        total: 105,
        currency: 'EUR',
        status: 'paid',
        discount: 10,
        refunded: 0,
      },
      {
        id: '5550002',
        placedAt: '2025-03-01T10:59:00.000Z',
        total: 50,
        currency: 'EUR',
        status: 'partially_refunded',
        discount: 0,
        refunded: 20,
      },
    ]);
    const bob = preview.customers.find((c) => c.email === 'bob@example.com');
    expect(bob?.orders?.map((o) => [o.id, o.status])).toEqual([['5550003', 'cancelled']]);
    expect(preview.badRows).toEqual([
      { line: 6, reason: 'total “=HYPERLINK(1)” is not a valid number' },
    ]);
  });

  it('reads the WooCommerce customers report with formatted totals', async () => {
    const preview = await previewImport(fixture('woocommerce-customers.csv'), {
      account: 'shop.example',
    });
    expect(preview.source).toBe('woocommerce-customers');
    expect(preview.customers[0]).toMatchObject({
      key: { crm: 'woocommerce', account: 'shop.example', email: 'ada@example.com' },
      name: 'Ada Lovelace',
      summary: { orderCount: 4, totalSpent: 1204 },
      lastActivityAt: '2025-05-01T10:00:00.000Z',
    });
    expect(preview.badRows).toEqual([]);
  });

  it('reads WooCommerce order exports, refusing unknown statuses, the file deciding the date order', async () => {
    const preview = await previewImport(fixture('woocommerce-orders.csv'), {
      account: 'shop.example',
    });
    expect(preview.source).toBe('woocommerce-orders');
    expect(preview.customers[0]).toMatchObject({
      key: { crm: 'woocommerce', account: 'shop.example', id: '12', email: 'ada@example.com' },
      name: 'Ada Lovelace',
    });
    expect(preview.customers[0]?.orders?.map((o) => [o.id, o.status, o.total])).toEqual([
      ['1024', 'paid', 55],
      ['1025', 'refunded', 30],
    ]);
    // 15/02/2025 can only be day-first: the file's slashed dates are read day-first.
    expect(preview.dateOrder).toEqual({ kind: 'decided', order: 'dmy' });
    expect(preview.customers[1]?.orders?.[0]).toMatchObject({ id: '1026', placedAt: '2025-02-15' });
    expect(preview.badRows).toEqual([
      { line: 5, reason: 'status “wc-teleported” is not a known order status' },
    ]);
  });

  it('reads the HubSpot contacts export with lifecycle labels as internal values', async () => {
    const preview = await previewImport(fixture('hubspot-contacts.csv'), { account: '4455667' });
    expect(preview.source).toBe('hubspot-contacts');
    expect(preview.customers.map((c) => [c.key.id, c.crmStage, c.leadStatus ?? null])).toEqual([
      ['101', 'evangelist', null],
      ['102', 'marketingqualifiedlead', 'in_progress'],
      ['103', 'lead', 'unqualified'],
    ]);
    expect(preview.customers[0]?.lastActivityAt).toBe('2025-05-01T10:00:00.000Z');
  });
});

describe('previewImport: what the whole file decides', () => {
  const header = 'order_id,order_date,order_total,billing_email,status\n';

  it('asks how to read 05/03/2025 when no date in the file tells, and reads it as answered', async () => {
    const csv = `${header}1,05/03/2025,10.00,a@x.io,completed\n2,06/04/2025,12.00,a@x.io,completed\n`;
    const open = await previewImport(csv, { account: 'shop.example' });
    expect(open.dateOrder).toEqual({ kind: 'ask', examples: ['05/03/2025', '06/04/2025'] });
    expect(open.badRows.map((b) => b.reason)).toEqual([
      'placedAt “05/03/2025” is not a date',
      'placedAt “06/04/2025” is not a date',
    ]);
    const dayFirst = await previewImport(csv, { account: 'shop.example', dateOrder: 'dmy' });
    expect(dayFirst.customers[0]?.orders?.map((o) => o.placedAt)).toEqual([
      '2025-03-05',
      '2025-04-06',
    ]);
    const monthFirst = await previewImport(csv, { account: 'shop.example', dateOrder: 'mdy' });
    expect(monthFirst.customers[0]?.orders?.map((o) => o.placedAt)).toEqual([
      '2025-05-03',
      '2025-06-04',
    ]);
  });

  it('decides from a date far down the file, past the first look', async () => {
    const rows = Array.from(
      { length: 60_000 },
      (_, i) => `${i},05/03/2025,10.00,c${i % 100}@x.io,completed`,
    );
    rows.push('60000,28/03/2025,10.00,c1@x.io,completed');
    const csv = `${header}${rows.join('\n')}\n`;
    expect(csv.length).toBeGreaterThan(2 * 1024 * 1024);
    const preview = await previewImport(new Blob([csv]), { account: 'shop.example' });
    expect(preview.dateOrder).toEqual({ kind: 'decided', order: 'dmy' });
    expect(preview.badRowCount).toBe(0);
    expect(preview.customers[0]?.orders?.[0]?.placedAt).toBe('2025-03-05');
  });

  it('reads 1.234 as a thousand in a German file and as one and a bit in an English one', async () => {
    const german = 'Kunden-ID;E-Mail;Gesamtausgaben;Bestellungen\nK1;k1@x.de;1.234;3\n';
    const mapping = {
      kind: 'customers' as const,
      crm: 'custom:shop.de',
      choice: { customerId: 'Kunden-ID', email: 'E-Mail', totalSpent: 'Gesamtausgaben' },
    };
    const de = await previewImport(german, { account: 'shop.de', mapping });
    expect(de.headerLanguage).toBe('de');
    expect(de.suggestion).toEqual({
      customerId: 'Kunden-ID',
      email: 'E-Mail',
      totalSpent: 'Gesamtausgaben',
      orderCount: 'Bestellungen',
    });
    expect(de.decimal).toBe(',');
    expect(de.customers[0]?.summary?.totalSpent).toBe(1234);
    const english = 'Customer ID,Email,Total Spent\nK1,k1@x.io,1.234\n';
    const en = await previewImport(english, {
      account: 'shop.io',
      mapping: {
        ...mapping,
        choice: { customerId: 'Customer ID', email: 'Email', totalSpent: 'Total Spent' },
      },
    });
    expect(en.customers[0]?.summary?.totalSpent).toBe(1.234);
  });

  it('suggests the mapping for headers in Polish, Russian, Persian, French and Spanish', async () => {
    const cases: [string, string][] = [
      ['Imię;Nazwisko;E-mail;Telefon', 'pl'],
      ['Имя,Фамилия,Эл. почта,Телефон', 'ru'],
      ['نام,نام خانوادگی,ایمیل,تلفن', 'fa'],
      ['Prénom;Nom;Courriel;Téléphone', 'fr'],
      ['Nombre;Apellido;Correo electrónico;Teléfono', 'es'],
    ];
    for (const [headerLine, language] of cases) {
      const preview = await previewImport(`${headerLine}\nA;B;a@x.io;+48 600 100 200\n`, {
        account: 'x',
      });
      expect(preview.headerLanguage).toBe(language);
      expect(Object.keys(preview.suggestion).sort()).toEqual([
        'email',
        'firstName',
        'lastName',
        'phone',
      ]);
    }
  });
});

describe('previewImport: unknown and broken files', () => {
  const custom = 'Kunde,Mail,Umsatz,Bestellungen\nK1,k1@x.de,"1.234,50",3\nK2,,9,1\n';

  it('asks for a mapping when it does not recognise the headers', async () => {
    const preview = await previewImport(custom, { account: 'x' });
    expect(preview.source).toBeNull();
    expect(preview.headers).toEqual(['Kunde', 'Mail', 'Umsatz', 'Bestellungen']);
    expect(preview.mappingProblems[0]?.text).toMatch(/map them/);
    expect(preview.suggestion).toMatchObject({ fullName: 'Kunde' });
    expect(preview.customers).toEqual([]);
  });

  it('imports with the user’s mapping', async () => {
    const preview = await previewImport(custom, {
      account: 'shop.de',
      mapping: {
        kind: 'customers',
        crm: 'custom:shop.de',
        choice: {
          customerId: 'Kunde',
          email: 'Mail',
          totalSpent: 'Umsatz',
          orderCount: 'Bestellungen',
        },
      },
    });
    expect(preview.source).toBe('custom mapping');
    expect(
      preview.customers.map((c) => [c.key.id, c.summary?.totalSpent, c.summary?.orderCount]),
    ).toEqual([
      ['K1', 1234.5, 3],
      ['K2', 9, 1],
    ]);
  });

  it('refuses a mapping that names a missing column, an unknown field, or lacks a key', async () => {
    const bad = await previewImport(custom, {
      account: 'x',
      mapping: {
        kind: 'orders',
        crm: 'custom:x',
        choice: { email: 'Mail', ['__proto__']: 'Kunde', total: 'Preis' },
      },
    });
    expect(bad.source).toBeNull();
    expect(bad.mappingProblems.map((p) => p.text)).toEqual([
      'Unknown field “__proto__”.',
      'The file has no column “Preis”.',
    ]);
    const keyless = await previewImport(custom, {
      account: 'x',
      mapping: { kind: 'customers', crm: 'custom:x', choice: { totalSpent: 'Umsatz' } },
    });
    expect(keyless.mappingProblems.map((p) => p.text)).toEqual([
      'Map a customer id, e-mail or phone column.',
    ]);
    const noCrm = await previewImport(custom, {
      account: 'x',
      mapping: { kind: 'customers', crm: '  ', choice: { email: 'Mail' } },
    });
    expect(noCrm.mappingProblems.map((p) => p.code)).toEqual(['no-crm']);
    expect(noCrm.customers).toEqual([]);
  });

  it('reports rows with the wrong number of columns and unclosed quotes by line', async () => {
    const csv = 'Record ID,Email\n1,a@x.io\n2,b@x.io,extra\n3,"c@x.io\n';
    const preview = await previewImport(csv, { account: '1' });
    expect(preview.customers.map((c) => c.key.id)).toEqual(['1']);
    expect(preview.badRows.map((p) => p.line)).toEqual([3, 4]);
    expect(preview.badRows[1]?.reason).toMatch(/quote/i);
    expect(preview.badRows[0]?.reason).toBe('has 3 columns, the header has 2');
  });

  it('says in one sentence that an empty file or a header-only file has nothing to import', async () => {
    const empty = await previewImport('', { account: '1' });
    expect(empty).toMatchObject({
      source: null,
      rows: 0,
      customers: [],
      fileProblem: { code: 'empty' },
    });
    const blank = await previewImport(new Blob([]), { account: '1' });
    expect(blank.fileProblem?.code).toBe('empty');
    const headerOnly = await previewImport('Record ID,Email\r\n', { account: '1' });
    expect(headerOnly.fileProblem?.code).toBe('header-only');
  });

  it('says an Excel workbook renamed .csv is a workbook, not a file to map', async () => {
    const xlsx = new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])]);
    const preview = await previewImport(xlsx, { account: '1' });
    expect(preview.fileProblem?.code).toBe('xlsx');
    expect(preview.fileProblem?.text).toMatch(/Excel workbook/);
    expect(preview.mappingProblems).toEqual([]);
    const xls = new Blob([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])]);
    expect((await previewImport(xls, { account: '1' })).fileProblem?.code).toBe('xls');
  });
});
