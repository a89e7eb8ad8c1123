package org.mutualportal.core.sample;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mutualportal.api.member.Beneficiary;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.web.NotFoundException;

/** Shows one beneficiary by id — through the member's scope, as every module must, with the id typed by its converter. */
@Named
@RequestScoped
public class SampleBeneficiaryBacking {

    @Inject
    MemberContext memberContext;

    private Long id;
    private Beneficiary beneficiary;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        beneficiary = memberContext.beneficiary(id);
    }

    public void fail() {
        throw new IllegalStateException("secret internal detail that must not reach the page");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Beneficiary getBeneficiary() {
        return beneficiary;
    }
}
