/**
 * The persistent source of outbound control numbers ({@link dev.tradehub.outbound.ControlNumbers}): a counter row
 * per partner, sender ID and kind, taken under a row lock in a transaction of its own, so that numbers are strictly
 * increasing, never given twice (across threads, nodes, crashes and replays), and a gap only appears where the
 * document that took a number was rolled back.
 */
package dev.tradehub.controlnumbers;
