package org.mutualportal.api.exchange;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Looks rows up by the management system's identifiers, a whole batch in one query: {@code external_id = any(?)}
 * with an array for ids and columns (one statement whatever the batch size, where {@code in (…)} needs one bind
 * parameter per id and hits PostgreSQL's limit of 32 767), JPQL in chunks for entities to update.
 *
 * <p>For the module's own tables only, through its own {@code EntityManager}: the core's rows (memberships,
 * beneficiaries) are read through {@link org.mutualportal.api.member.MemberDirectory}.
 *
 * <h2>Usage</h2>
 * <pre>
 * Map&lt;String, Long&gt; offers = ExternalIds.ids(em, "contract_offer", externalIds);
 * </pre>
 *
 * @since 1.0
 */
public final class ExternalIds {

    /** Ids per JPQL query: each is a bind parameter, and PostgreSQL takes at most 32 767 per statement. */
    public static final int CHUNK = 10_000;

    /** EclipseLink's hint for objects read to be compared only. */
    public static final String READ_ONLY = "eclipselink.read-only";

    private static final Pattern TABLE = Pattern.compile("[a-z_]{1,40}");

    private ExternalIds() {
    }

    /**
     * The rows' ids by external id; ids that match no row are absent.
     *
     * @param em the module's entity manager
     * @param table one of the module's tables with {@code id} and {@code external_id} columns
     * @param externalIds the ids to look up
     * @return the portal's ids by external id
     */
    public static Map<String, Long> ids(EntityManager em, String table, Collection<String> externalIds) {
        Map<String, Long> ids = new HashMap<>();
        for (Object[] row : rows(em, "select external_id, id from " + checked(table) + " where external_id = any(?1)",
                externalIds)) {
            ids.put((String) row[0], ((Number) row[1]).longValue());
        }
        return ids;
    }

    /**
     * The entities whose {@code externalId} is among these, read only to be compared: EclipseLink neither copies
     * nor watches them, so a replay cannot write anything back. Changes go through JPQL updates. Queries of up
     * to {@value #CHUNK} ids (one for a batch of that size).
     *
     * @param em the module's entity manager
     * @param type an entity of the module with an {@code externalId} attribute
     * @param externalIds the ids to look up
     * @param <T> the entity
     * @return the entities found, read-only
     */
    public static <T> List<T> entities(EntityManager em, Class<T> type, Collection<String> externalIds) {
        String entity = type.getAnnotation(Entity.class).name().isEmpty() ? type.getSimpleName()
                : type.getAnnotation(Entity.class).name();
        List<String> ids = List.copyOf(externalIds);
        List<T> found = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            found.addAll(em.createQuery("select e from " + entity + " e where e.externalId in :ids", type)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .setHint(READ_ONLY, true)
                    .getResultList());
        }
        return found;
    }

    /**
     * Rows of a native query whose only parameter ({@code ?1}) is the array of external ids.
     *
     * @param em the module's entity manager
     * @param sql a query on the module's own tables, e.g. {@code select external_id, id from x where external_id = any(?1)}
     * @param externalIds the ids to bind
     * @return the rows
     */
    @SuppressWarnings("unchecked")
    public static List<Object[]> rows(EntityManager em, String sql, Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery(sql).setParameter(1, externalIds.toArray(String[]::new)).getResultList();
    }

    private static String checked(String table) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("Not a table name: " + table);
        }
        return table;
    }
}
