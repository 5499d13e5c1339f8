// French source text is the key (STYLE.md §14): fr.json mirrors the keys, en.json
// keeps the translations already written and gets an empty value for new keys.
export default {
  locales: ['fr', 'en'],
  input: ['src/**/*.{ts,tsx}'],
  output: 'src/locales/$LOCALE.json',
  defaultNamespace: 'translation',
  namespaceSeparator: false,
  keySeparator: false,
  pluralSeparator: '_',
  createOldCatalogs: false,
  keepRemoved: false,
  sort: true,
  defaultValue: (locale, _namespace, key) => (locale === 'fr' ? key : ''),
  lexers: { ts: ['JavascriptLexer'], tsx: ['JsxLexer'] },
};
