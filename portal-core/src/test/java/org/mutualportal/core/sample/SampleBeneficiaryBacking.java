package org.mutualportal.core.sample;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mutualportal.core.member.Beneficiary;
import org.mutualportal.core.member.MemberContext;
import org.mutualportal.core.web.RequestIds;

/** Shows one beneficiary by id — through the member's scope, as every module must. */
@Named
@RequestScoped
public class SampleBeneficiaryBacking {

    @Inject
    MemberContext memberContext;

    private String id;
    private Beneficiary beneficiary;

    public void load() {
        beneficiary = memberContext.beneficiary(RequestIds.parse(id));
    }

    public void fail() {
        throw new IllegalStateException("secret internal detail that must not reach the page");
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Beneficiary getBeneficiary() {
        return beneficiary;
    }
}
