package org.mutualportal.account.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.mutualportal.account.AccountModule;
import org.mutualportal.account.password.NewPassword;
import org.mutualportal.core.address.EmailAddresses;
import org.mutualportal.core.web.Texts;

/** "Demande d'accès à votre espace sécurisé" ({@code /public/account/register.xhtml}). */
@Named
@RequestScoped
public class RegisterBacking {

    @Inject
    Registrations registrations;

    @Inject
    NewPassword newPassword;

    private String membershipNumber;
    private String lastName;
    private String firstName;
    private LocalDate birthDate;
    private String login;
    private String password;
    private String confirmation;

    public void register() throws IOException {
        boolean valid = true;
        if (!EmailAddresses.isValid(login)) {
            Texts.error("register:login", Texts.of(AccountModule.BUNDLE, "email.invalid"));
            valid = false;
        }
        valid &= newPassword.accept(password, confirmation, List.of(lastName, firstName, login),
                "register:password", "register:confirmation");
        if (!valid) {
            clearPasswords();
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        boolean matched = registrations.register(new Registrations.Application(membershipNumber, lastName, firstName,
                birthDate, login, password.toCharArray(), request.getRemoteAddr()));
        clearPasswords();
        if (!matched) {
            Texts.error(null, Texts.of(AccountModule.BUNDLE, "register.mismatch"));
            return;
        }
        external.redirect(request.getContextPath() + "/public/account/register-sent.xhtml");
        FacesContext.getCurrentInstance().responseComplete();
    }

    private void clearPasswords() {
        password = null;
        confirmation = null;
    }

    public String getMembershipNumber() {
        return membershipNumber;
    }

    public void setMembershipNumber(String membershipNumber) {
        this.membershipNumber = membershipNumber;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
