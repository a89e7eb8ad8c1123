package org.mutualportal.account.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.mutualportal.account.AccountModule;
import org.mutualportal.account.password.NewPassword;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.security.WebAccount;
import org.mutualportal.api.validation.EmailAddress;
import org.mutualportal.api.validation.MembershipNumber;

/** "Demande d'accès à votre espace sécurisé" ({@code /public/account/register.xhtml}). */
@Named
@RequestScoped
public class RegisterBacking {

    @Inject
    Registrations registrations;

    @Inject
    NewPassword newPassword;

    @MembershipNumber
    private String membershipNumber;
    private String lastName;
    private String firstName;
    private LocalDate birthDate;
    @EmailAddress
    @Size(max = WebAccount.LOGIN_LENGTH)
    private String login;
    private String password;
    private String confirmation;

    /**
     * Sends the application; the card check's answer is the same whatever did not match.
     *
     * @throws BusinessException next to a password that breaks the rules or its differing confirmation, or at
     *         the top when the card data did not match
     */
    public void register() throws IOException {
        newPassword.check(password, confirmation, List.of(lastName, firstName, login));
        boolean matched = registrations.register(new Registrations.Application(membershipNumber, lastName, firstName,
                birthDate, login, password.toCharArray()));
        if (!matched) {
            throw new BusinessException(AccountModule.BUNDLE, "register.mismatch");
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/public/account/register-sent.xhtml");
        FacesContext.getCurrentInstance().responseComplete();
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
