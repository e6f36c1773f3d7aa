/**
 * "Teach Rung this CRM": injected on demand into the active tab (the popup asks the
 * background for `picker.start`, which runs scripting.executeScript), never by manifest
 * match. Carries no zod: definitions are validated by the background when saved.
 */
import { render } from 'preact';
import pickerCss from '@/components/picker/picker.css?inline';
import { browserTranslate } from '@/lib/i18n/translate';
import { mountPicker, PICKER_TAG } from './mount';
import { PickerApp } from './PickerApp';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main(ctx) {
    // A second "Teach" on the same tab keeps the picker already open instead of stacking one.
    if (document.querySelector(PICKER_TAG)) return;
    const mount = mountPicker(document, pickerCss);
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      render(null, mount.panelRoot);
      mount.remove();
    };
    ctx.onInvalidated(close);
    render(<PickerApp mount={mount} t={browserTranslate()} onClose={close} />, mount.panelRoot);
    mount.panelRoot.querySelector('button')?.focus();
  },
});
