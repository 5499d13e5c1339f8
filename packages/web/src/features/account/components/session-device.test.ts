import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { describeDevice } from './session-device.ts';

const t = i18next.createInstance();
await t.init({
  lng: 'fr',
  resources: {},
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
});

describe('describeDevice', () => {
  it('names the browser and the system', () => {
    const firefox = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';
    expect(describeDevice(t.t, firefox)).toBe('Firefox sur Windows');
    const safari =
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
    expect(describeDevice(t.t, safari)).toBe('Safari sur iOS');
  });

  it('says so when the string is missing or unreadable', () => {
    expect(describeDevice(t.t, null)).toBe('Appareil inconnu');
    expect(describeDevice(t.t, 'x')).toBe('Appareil inconnu');
  });
});
