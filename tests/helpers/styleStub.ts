/** What a stylesheet import is in tests (jest.config.js): nothing, as the admin components render without styles. */
export default {}
