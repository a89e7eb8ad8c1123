package org.mutualportal.account.link;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.mutualportal.account.AccountModule;
import org.mutualportal.account.profile.Credentials;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.security.ExternalLink;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.api.web.NotFoundException;

/** "Mon compte": the identity providers linked to the account, each with its "Supprimer le lien". */
@Named
@RequestScoped
public class AccountLinksBacking {

    /** The request parameter of the link to remove: the button's value, a plain form field. */
    static final String LINK_PARAMETER = "link";

    @Inject
    IdentityLinks links;

    @Inject
    Credentials credentials;

    @Inject
    MemberContext memberContext;

    private List<Row> rows;

    /** One link as the page shows it. */
    public record Row(long id, String provider, String linked, String lastUsed) {
    }

    public List<Row> getLinks() {
        if (rows == null) {
            rows = links.linksOf(credentials.account()).stream().map(AccountLinksBacking::row).toList();
        }
        return rows;
    }

    /**
     * Removes the link whose id the button sent. The id comes from the request, so it is checked against the
     * signed-in account by the service: another account's answers 404.
     */
    public String unlink() {
        long linkId = parseId(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get(LINK_PARAMETER));
        String provider = getLinks().stream().filter(r -> r.id() == linkId).map(Row::provider).findFirst().orElse("");
        links.unlink(credentials.account(), memberContext.member(), linkId);
        Texts.flash(Texts.of(AccountModule.BUNDLE, "links.removed", provider));
        return "/account/index.xhtml?faces-redirect=true";
    }

    private static long parseId(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }

    private static Row row(ExternalLink link) {
        return new Row(link.id(), link.providerLabel(),
                Texts.of(AccountModule.BUNDLE, "links.linked",
                        FrenchFormats.date(link.linkedAt().atZoneSameInstant(PortalClock.PARIS).toLocalDate())),
                link.lastUsedAt() == null ? Texts.of(AccountModule.BUNDLE, "links.neverUsed")
                        : Texts.of(AccountModule.BUNDLE, "links.lastUsed", FrenchFormats.dateTime(link.lastUsedAt())));
    }
}
