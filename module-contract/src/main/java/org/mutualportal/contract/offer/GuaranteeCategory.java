package org.mutualportal.contract.offer;

/**
 * The headings of a table of guarantees, in the order the French complementary insurers agreed in 2019 to
 * present them (hospitalisation, soins courants, aides auditives, dentaire, optique), then any other cover.
 */
public enum GuaranteeCategory {
    HOSPITALISATION, SOINS_COURANTS, AIDES_AUDITIVES, DENTAIRE, OPTIQUE, AUTRES
}
