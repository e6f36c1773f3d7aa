/** Save text as a file through a temporary object URL (no downloads permission needed). */
export function downloadText(filename: string, text: string, type: string): void {
  // A BOM lets spreadsheet programs read UTF-8 names (Polish, Russian, Persian) correctly.
  const blob = new Blob([type === 'text/csv' ? '\ufeff' : '', text], {
    type: `${type};charset=utf-8`,
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
