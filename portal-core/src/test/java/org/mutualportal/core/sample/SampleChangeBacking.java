package org.mutualportal.core.sample;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

@Named
@RequestScoped
public class SampleChangeBacking {

    @Inject
    SampleChanges changes;

    private String value;

    public void save() {
        changes.change(value);
    }

    public void saveWhileSomeoneElseDoes() {
        changes.changePhoneWhileSomeoneElseDoes(value);
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
