package org.mutualportal.contract.estimate;

/**
 * What one amount of a rule covers: each line of the quote ("par oreille"), the whole equipment (glasses: frame
 * and lenses share "200 € par équipement"), or everything paid within a rolling period ("400 € par an", less what
 * the beneficiary already used).
 */
public enum RuleScope {
    LINE, EQUIPMENT, PERIOD
}
