export default defineContentScript({
  matches: ['https://*.atlassian.net/*'],
  main() {},
});
