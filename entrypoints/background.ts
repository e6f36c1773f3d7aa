export default defineBackground(() => {
  // Wiring lands in the next commit.
});
