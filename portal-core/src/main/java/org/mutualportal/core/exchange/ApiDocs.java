package org.mutualportal.core.exchange;

/**
 * Texts of the OpenAPI description shared by every import resource (annotations need constants), so that the
 * management system's developers read the same batch semantics everywhere. French: they are the readers.
 */
public final class ApiDocs {

    public static final String BATCH = "Lot JSON : un tableau d'enregistrements (20 000 au plus). Chaque enregistrement "
            + "est créé ou mis à jour selon son externalId ; un enregistrement identique à l'existant n'est pas réécrit "
            + "(compté unchanged) : renvoyer le même lot ne change rien. Les enregistrements invalides sont refusés "
            + "un par un (index, champ, message) et les valides sont conservés, sauf avec atomic=true.";

    public static final String ATOMIC = "true : tout ou rien — un seul enregistrement refusé et le lot entier est refusé "
            + "(422), rien n'est écrit.";

    public static final String OK = "Lot traité : compte rendu (rejets éventuels compris).";

    public static final String REFUSED = "Lot atomique refusé : rien n'a été écrit ; le compte rendu liste les rejets.";

    public static final String BAD_BODY = "Corps illisible ou qui n'est pas un tableau JSON.";

    public static final String UNAUTHORIZED = "Identifiants de client système absents ou faux (en-tête WWW-Authenticate).";

    public static final String TOO_LARGE = "Plus d'enregistrements que portal.api.max-records.";

    public static final String TOO_MANY_ATTEMPTS = "Trop d'échecs d'authentification depuis l'adresse du client (limites "
            + "portal.security.source.*) : refusé sans vérification ; réessayer après le délai de l'en-tête Retry-After.";

    private ApiDocs() {
    }
}
