/**
 * The V8 flags Lakar's JavaScript runs with, in the window (and its workers) and in the `lakar`
 * command's working process (bin/supervise.mjs passes the same flag; a test keeps the two equal).
 *
 * A young generation of 64 MB semi-spaces instead of V8's 16 MB: a full check of a large project
 * makes hundreds of thousands of short-lived objects (findings, lists, message parameters) beside
 * indexes that live as long as the check, and with small semi-spaces the garbage collector copied
 * those survivors again and again (55 scavenges per check of the 100,000-element varied model,
 * 13 with 64 MB). Measured on that check: ~10–25 % less time (`npm run bench -- checker` shows
 * both settings side by side). The cost is memory only while a project makes that much garbage:
 * the young generation grows to its maximum under load, not on a small project. 64 MB is also the
 * value Node's own performance team measured as the sweet spot (nodejs/node#47277).
 */
export const YOUNG_GENERATION_MB = 64;

/** The value of Chromium's `js-flags` switch (set before the app is ready, so every window gets it). */
export const JS_FLAGS = `--max-semi-space-size=${YOUNG_GENERATION_MB}`;
