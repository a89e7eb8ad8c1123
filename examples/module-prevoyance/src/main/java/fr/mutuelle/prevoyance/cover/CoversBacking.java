package fr.mutuelle.prevoyance.cover;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;

/** "Ma prévoyance" and its dashboard widget: the covers in force, read once per request. */
@Named
@RequestScoped
public class CoversBacking {

    @Inject
    Covers covers;

    private List<Cover> current;

    public List<Cover> getCovers() {
        if (current == null) {
            current = covers.current();
        }
        return current;
    }

    public BigDecimal getDeathCapital() {
        return getCovers().stream().filter(c -> c.getKind() == Cover.Kind.DEATH_CAPITAL).map(Cover::getAmount)
                .reduce(BigDecimal::add).orElse(null);
    }
}
