export default defineBackground(() => {
  console.info('Scopekeeper background started');
});
