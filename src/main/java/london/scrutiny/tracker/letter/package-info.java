/**
 * Letters: the Mayor's and MOPAC's answers, found by tolerant reference, with what they
 * reply to and how late.
 */
package london.scrutiny.tracker.letter;
