/**
 * Programmes, funds, services, boards, schemes, strategies and plans, with their funding
 * and where they are named.
 */
package london.scrutiny.tracker.programme;
