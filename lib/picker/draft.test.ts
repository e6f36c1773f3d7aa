import { describe, expect, it } from 'vitest';
import { canAdvance, currentField, initialState, pickerReducer, type PickerState } from './draft';

const SITE = { name: 'crm.example.test', urlPattern: 'https://crm.example.test/*', urlRegex: '' };
const listState = (): PickerState =>
  pickerReducer(initialState(SITE), { type: 'kind', kind: 'customer-list', urlRegex: 'list$' });

describe('pickerReducer', () => {
  it('starts at the kind step and a list starts with the row', () => {
    expect(currentField(initialState(SITE))).toBeNull();
    const s = listState();
    expect(s.phase).toBe('field');
    expect(s.site.urlRegex).toBe('list$');
    expect(currentField(s)).toBe('row');
  });

  it('a customer page starts with the id and has no row step', () => {
    const s = pickerReducer(initialState(SITE), { type: 'kind', kind: 'customer', urlRegex: 'x' });
    expect(currentField(s)).toBe('id');
  });

  it('required fields block next and skip until picked', () => {
    let s = listState();
    expect(canAdvance(s)).toBe(false);
    expect(pickerReducer(s, { type: 'next' })).toBe(s);
    expect(pickerReducer(s, { type: 'skip' })).toBe(s);
    s = pickerReducer(s, { type: 'picked', field: { selector: 'tr.c', strategy: 'structural' } });
    expect(canAdvance(s)).toBe(true);
    s = pickerReducer(s, { type: 'next' });
    expect(currentField(s)).toBe('id');
  });

  it('skipping an optional field drops an earlier pick for it', () => {
    let s = pickerReducer(listState(), {
      type: 'picked',
      field: { selector: 'tr', strategy: 'structural' },
    });
    s = pickerReducer(s, { type: 'next' });
    s = pickerReducer(s, { type: 'picked', field: { selector: 'a', strategy: 'structural' } });
    s = pickerReducer(s, { type: 'skip' });
    expect(s.fields.id).toBeUndefined();
    expect(currentField(s)).toBe('name');
  });

  it('editing marks the field edited and an emptied part is removed', () => {
    let s = pickerReducer(listState(), {
      type: 'picked',
      field: { label: 'Kunde', strategy: 'label' },
    });
    s = pickerReducer(s, { type: 'edit', patch: { selector: 'td a' } });
    expect(s.fields.row).toEqual({ label: 'Kunde', selector: 'td a', strategy: 'edited' });
    s = pickerReducer(s, { type: 'edit', patch: { label: '   ' } });
    expect(s.fields.row).toEqual({ selector: 'td a', strategy: 'edited' });
    s = pickerReducer(s, { type: 'edit', patch: { selector: '' } });
    expect(canAdvance(s)).toBe(false);
  });

  it('reaches the save phase after the last step and goes back from it', () => {
    let s = pickerReducer(initialState(SITE), { type: 'kind', kind: 'customer', urlRegex: 'x' });
    s = pickerReducer(s, { type: 'skip' }); // id
    s = pickerReducer(s, { type: 'picked', field: { selector: 'h1', strategy: 'structural' } });
    for (let i = 0; i < 6; i += 1)
      s = pickerReducer(s, i === 0 ? { type: 'next' } : { type: 'skip' });
    expect(s.phase).toBe('save');
    s = pickerReducer(s, { type: 'back' });
    expect(currentField(s)).toBe('firstOrderAt');
  });

  it('back from the first field returns to the kind step; a new kind clears the picks', () => {
    let s = pickerReducer(listState(), {
      type: 'picked',
      field: { selector: 'tr', strategy: 'structural' },
    });
    s = pickerReducer(s, { type: 'back' });
    expect(s.phase).toBe('kind');
    s = pickerReducer(s, { type: 'kind', kind: 'customer', urlRegex: 'y' });
    expect(s.fields).toEqual({});
  });

  it('site edits keep the other details', () => {
    const s = pickerReducer(listState(), { type: 'site', patch: { name: 'My CRM' } });
    expect(s.site).toEqual({ ...SITE, name: 'My CRM', urlRegex: 'list$' });
  });
});
