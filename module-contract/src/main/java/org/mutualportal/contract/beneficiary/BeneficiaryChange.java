package org.mutualportal.contract.beneficiary;

/**
 * A change of a beneficiary's information: their own coordinates and their attachment to the Sécurité
 * sociale. Values are normalized; null means "not given".
 */
public record BeneficiaryChange(String email, String mobilePhone, SocialSecurityAttachment attachment, String nir,
        String otherNir) {
}
