package org.mutualportal.account.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualportal.account.it.AccountLinks.token;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mutualportal.core.testing.TestMembers;
import org.mutualportal.core.testing.TestMembers.Created;
import org.mutualportal.testing.EmbeddedDatabase;
import org.mutualportal.testing.PortalDeployment;
import org.mutualportal.testing.PortalTest;
import org.mutualportal.testing.TestMailServer;
import org.mutualportal.testing.WebClient;
import org.mutualportal.testing.WebClient.Page;

/**
 * The administration of web accounts on Payara Micro: role checks, search, unlock, resending an activation
 * link, staff accounts (creation by a set-password link, roles, disabling, and the administrator's own
 * account protected). Accounts are created in the database for each test; nobody is asked a sign-in code.
 */
@PortalTest
@RunAsClient
class AccountAdminIT {

    private static final String PASSWORD = "Vacances-Ete2026";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.module()
                .withClasses(TestMembers.class, TestMembers.Created.class, org.mutualportal.account.it.AccountLinks.class)
                .withConfig("portal.login.otp.roles", "NONE")
                .withConfig("portal.session.recheck-seconds", "0")
                .withConfig("portal.mail.retry.base-seconds", "1")
                .build();
    }

    @ArquillianResource
    URL base;

    private record Member(Created card, long accountId, String login, String lastName) {
    }

    @Test
    void theAccountPagesAreForAdministratorsOnlyAndTheConsoleLinksThem() {
        Member lea = member();
        WebClient member = client();
        member.login(lea.login(), PASSWORD);
        WebClient staff = client();
        staff.login(staff(), PASSWORD);
        WebClient admin = client();
        Page index = admin.login(admin(), PASSWORD);

        for (String page : List.of("account/admin/accounts.xhtml", "account/admin/new-staff.xhtml",
                "account/admin/account.xhtml?id=" + lea.accountId())) {
            Page anonymous = client().get(page);
            assertThat(anonymous.status()).as(page).isEqualTo(302);
            assertThat(anonymous.location()).as(page).contains("/login.xhtml");
            assertThat(member.get(page).status()).as(page + " for a member").isEqualTo(403);
            assertThat(staff.get(page).status()).as(page + " for staff").isEqualTo(403);
            assertThat(admin.get(page).status()).as(page + " for an administrator").isEqualTo(200);
        }
        assertThat(index.html().select(".console-links a[href$=/account/admin/accounts.xhtml]").text())
                .isEqualTo("Comptes (adhérents et collaborateurs)");
        assertThat(admin.get("account/admin/account.xhtml?id=abc").status()).isEqualTo(404);
        assertThat(admin.get("account/admin/account.xhtml?id=987654321012").status()).isEqualTo(404);
    }

    @Test
    void anAdministratorFindsAMembersAccountByNumberLoginOrNameAndTheSearchIsAudited() {
        Member lea = member();
        WebClient admin = client();
        admin.login(admin(), PASSWORD);

        Page byNumber = admin.follow(admin.get("account/admin/accounts.xhtml").form("search")
                .set("search:q", " " + lea.card().membershipNumber() + " ").submit("search:submit"));
        assertThat(byNumber.html().select("#results-title").text()).isEqualTo("1 compte trouvé");
        assertThat(byNumber.html().select("#found .account-link").text()).isEqualTo(lea.login());
        assertThat(byNumber.html().select("#found tbody tr").text()).contains("Léa " + lea.lastName().toUpperCase(),
                lea.card().membershipNumber(), "Actif");

        Page byLogin = admin.get("account/admin/accounts.xhtml?q=" + lea.login().substring(0, lea.login().indexOf('@') + 1));
        assertThat(byLogin.html().select("#found .account-link").eachText()).containsExactly(lea.login());
        Page byName = admin.get("account/admin/accounts.xhtml?q=" + lea.lastName().toLowerCase() + "+l");
        assertThat(byName.html().select("#found .account-link").eachText()).containsExactly(lea.login());
        Page wrongFirstName = admin.get("account/admin/accounts.xhtml?q=" + lea.lastName() + "+x");
        assertThat(wrongFirstName.html().select("#results-title").text()).isEqualTo("Aucun compte trouvé");
        Page noWildcards = admin.get("account/admin/accounts.xhtml?q=%25%40");
        assertThat(noWildcards.html().select("#results-title").text()).isEqualTo("Aucun compte trouvé");

        assertThat(db().count("select count(*) from audit_event where action = 'ACCOUNTS_SEARCHED' and detail = ?",
                "NUMBER:" + lea.card().membershipNumber())).isOne();
    }

    @Test
    void theAccountSearchIndexesOnTheCoresTablesAreTheCoresNotTheModules() {
        assertThat(db().count("select count(*) from pg_indexes where indexname in"
                + " ('web_account_login_pattern_idx', 'member_last_name_pattern_idx')")).isEqualTo(2);
        assertThat(db().count("select count(*) from pg_indexes where indexname in"
                + " ('web_account_login_prefix_idx', 'member_last_name_prefix_idx')")).as("dropped by the module").isZero();
        for (String table : List.of("web_account", "member")) {
            assertThat(db().count("select count(*) from pg_indexes where tablename = ? and indexdef like '%varchar_pattern_ops%'",
                    table)).as("one prefix index on " + table).isOne();
        }
    }

    @Test
    void unlockingLetsALockedMemberSignInAgain() {
        Member marc = member();
        db().execute("update web_account set locked_until = now() + interval '15 minutes', failed_attempts = 0 where id = ?",
                marc.accountId());
        assertThat(client().login(marc.login(), PASSWORD).text()).contains("Identifiant ou mot de passe incorrect");
        WebClient admin = client();
        admin.login(admin(), PASSWORD);

        Page account = admin.get("account/admin/account.xhtml?id=" + marc.accountId());
        assertThat(account.html().select("#status").text()).isEqualTo("Verrouillé");
        Page unlocked = admin.follow(account.form("actions").submit("actions:unlock"));

        assertThat(unlocked.text()).contains("Le compte est déverrouillé");
        assertThat(unlocked.html().select("#status").text()).isEqualTo("Actif");
        assertThat(unlocked.html().select("#actions\\:unlock")).isEmpty();
        assertThat(client().login(marc.login(), PASSWORD).uri().getPath()).endsWith("/home.xhtml");
        assertThat(db().count("select count(*) from audit_event where action = 'ACCOUNT_UNLOCKED' and target = ?",
                "account:" + marc.accountId())).isOne();
    }

    @Test
    void resendingTheActivationSendsExactlyOneMailWhoseLinkActivatesTheAccount() {
        Member zoe = member();
        db().execute("update web_account set status = 'PENDING_ACTIVATION' where id = ?", zoe.accountId());
        WebClient admin = client();
        admin.login(admin(), PASSWORD);

        Page account = admin.get("account/admin/account.xhtml?id=" + zoe.accountId());
        assertThat(account.html().select("#status").text()).isEqualTo("En attente d'activation");
        Page resent = admin.follow(account.form("actions").submit("actions:resend"));

        assertThat(resent.text()).contains("Un nouveau lien d'activation vient d'être envoyé");
        MimeMessage mail = TestMailServer.awaitMessages(zoe.login(), 1, Duration.ofSeconds(30)).get(0);
        assertThat(TestMailServer.subject(mail)).isEqualTo("Activez votre espace adhérent");
        TestMailServer.assertMessageCountStays(zoe.login(), 1, Duration.ofSeconds(6));
        assertThat(TestMailServer.messagesTo(zoe.login())).as("exactly one mail").hasSize(1);
        assertThat(db().count("select count(*) from audit_event where action = 'ACTIVATION_RESENT' and target = ?",
                "account:" + zoe.accountId())).isOne();

        Page activated = client().get("public/account/activate.xhtml?token=" + token(TestMailServer.text(mail)))
                .form("activate").submit("activate:submit");
        assertThat(activated.text()).contains("Votre espace adhérent est activé");
        assertThat(client().login(zoe.login(), PASSWORD).uri().getPath()).endsWith("/home.xhtml");
    }

    @Test
    void aNewStaffMemberReceivesASetPasswordLinkNeverAPasswordAndSignsInWithIt() {
        String login = "new-staff-" + System.nanoTime() + "@mutuelle.example";
        WebClient admin = client();
        admin.login(admin(), PASSWORD);

        Page form = admin.get("account/admin/new-staff.xhtml");
        Page taken = form.form("staff").set("staff:login", "not an address").submit("staff:create");
        assertThat(taken.html().select(".ui-message-error").text()).contains("Adresse e-mail invalide");
        Page created = admin.follow(admin.get("account/admin/new-staff.xhtml").form("staff")
                .set("staff:login", login.toUpperCase()).set("staff:roles", "STAFF").submit("staff:create"));

        assertThat(created.uri().getPath()).endsWith("/account/admin/account.xhtml");
        assertThat(created.text()).contains("un lien pour choisir son mot de passe lui a été envoyé");
        assertThat(created.html().select("#account").text()).contains(login, "STAFF", "Actif");
        long accountId = db().count("select id from web_account where login = ?", login);
        assertThat(db().text("select roles from web_account where id = ?", accountId)).isEqualTo("STAFF");
        MimeMessage mail = TestMailServer.awaitMessages(login, 1, Duration.ofSeconds(30)).get(0);
        assertThat(TestMailServer.subject(mail)).isEqualTo("Votre accès à l'espace des collaborateurs");
        String text = TestMailServer.text(mail);
        assertThat(text).contains("/public/account/reset-password.xhtml?token=");
        assertThat(text.split("\\s+")).as("no credential but the link's token")
                .filteredOn(word -> !word.startsWith("http") && word.matches(".*[0-9].*") && word.matches(".*[A-Za-z].*"))
                .isEmpty();
        assertThat(db().count("select count(*) from audit_event where action = 'STAFF_ACCOUNT_CREATED' and target = ?",
                "account:" + accountId)).isOne();
        assertThat(admin.follow(admin.get("account/admin/new-staff.xhtml").form("staff")
                .set("staff:login", login).submit("staff:create")).html().select(".ui-message-error").text())
                .contains("déjà l'identifiant d'un compte");

        Page set = client().get("public/account/reset-password.xhtml?token=" + token(text)).form("reset")
                .set("reset:password", PASSWORD).set("reset:confirmation", PASSWORD).submit("reset:submit");
        assertThat(set.text()).contains("Votre mot de passe est modifié");

        WebClient newcomer = client();
        assertThat(newcomer.login(login, PASSWORD).uri().getPath()).endsWith("/staff/index.xhtml");
        assertThat(newcomer.get("account/admin/accounts.xhtml").status()).isEqualTo(403);
    }

    @Test
    void rolesChangeAndAStaffAccountIsDisabledButNeverTheAdministratorsOwn() {
        String adminLogin = admin();
        long adminId = db().count("select id from web_account where login = ?", adminLogin);
        WebClient admin = client();
        admin.login(adminLogin, PASSWORD);

        Page own = admin.get("account/admin/account.xhtml?id=" + adminId);
        assertThat(own.html().select("#actions\\:disable")).as("no disabling oneself").isEmpty();
        Page refused = own.form("access").set("access:roles", "STAFF").submit("access:save");
        assertThat(refused.html().select(".ui-message-error").text()).as(refused.status() + " " + refused.text())
                .contains("retirer votre propre rôle d'administrateur");
        assertThat(db().text("select roles from web_account where id = ?", adminId)).isEqualTo("ADMIN,STAFF");

        String colleague = staff();
        long colleagueId = db().count("select id from web_account where login = ?", colleague);
        WebClient colleagueBrowser = client();
        colleagueBrowser.login(colleague, PASSWORD);
        assertThat(colleagueBrowser.get("staff/index.xhtml").status()).isEqualTo(200);

        Page promoted = admin.follow(admin.get("account/admin/account.xhtml?id=" + colleagueId).form("access")
                .set("access:roles", "ADMIN").submit("access:save"));
        assertThat(promoted.text()).contains("Les rôles sont enregistrés");
        assertThat(db().text("select roles from web_account where id = ?", colleagueId)).isEqualTo("ADMIN");
        assertThat(db().count("select count(*) from audit_event where action = 'STAFF_ROLES_CHANGED' and target = ?"
                + " and detail = 'roles=STAFF->ADMIN'", "account:" + colleagueId)).isOne();
        assertThat(colleagueBrowser.get("staff/index.xhtml").status()).as("the old session ended").isEqualTo(302);
        assertThat(client().login(colleague, PASSWORD).uri().getPath()).endsWith("/admin/index.xhtml");

        Page disabled = admin.follow(promoted.form("actions").submit("actions:disable"));
        assertThat(disabled.text()).contains("Le compte est désactivé");
        assertThat(disabled.html().select("#status").text()).isEqualTo("Désactivé");
        assertThat(client().login(colleague, PASSWORD).text()).contains("Identifiant ou mot de passe incorrect");
        Element found = admin.get("account/admin/accounts.xhtml?q=" + colleague).html().select("#found tbody tr").first();
        assertThat(found.text()).contains(colleague, "ADMIN", "Désactivé");
        assertThat(admin.get("account/admin/accounts.xhtml").html().select("#team .account-link")).isNotEmpty();
        assertThat(db().count("select count(*) from audit_event where action = 'STAFF_ACCOUNT_DISABLED' and target = ?",
                "account:" + colleagueId)).isOne();

        Page enabled = admin.follow(disabled.form("actions").submit("actions:enable"));
        assertThat(enabled.html().select("#status").text()).isEqualTo("Actif");
        assertThat(client().login(colleague, PASSWORD).uri().getPath()).endsWith("/admin/index.xhtml");
    }

    @Test
    void theConfigurationViewListsThisModulesKeysWithTheirDefaults() {
        WebClient admin = client();
        admin.login(admin(), PASSWORD);

        Page configuration = admin.get("admin/configuration.xhtml");

        Element row = configuration.html().select("tr").stream()
                .filter(tr -> tr.select(".config-key").text().equals("portal.account.activation-hours"))
                .findFirst().orElseThrow();
        assertThat(row.select(".config-value").text()).isEqualTo("48");
        assertThat(row.select(".config-default").text()).isEqualTo("48");
    }

    private static Member member() {
        String lastName = "Admintest" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        Created card = db().individual(lastName, "Léa", LocalDate.of(1988, 7, 14));
        String login = "lea-" + System.nanoTime() + "@example.fr";
        long accountId = db().account(card.memberId(), login, PASSWORD);
        return new Member(card, accountId, login, lastName);
    }

    private static String staff() {
        String login = "staff-" + System.nanoTime() + "@mutuelle.example";
        db().staffAccount(login, PASSWORD);
        return login;
    }

    private static String admin() {
        String login = "admin-" + System.nanoTime() + "@mutuelle.example";
        long id = db().staffAccount(login, PASSWORD);
        db().execute("update web_account set roles = 'ADMIN,STAFF' where id = ?", id);
        return login;
    }

    private static TestMembers db() {
        return TestMembers.in(EmbeddedDatabase.dataSource());
    }

    private WebClient client() {
        return new WebClient(URI.create(base.toString()));
    }
}
