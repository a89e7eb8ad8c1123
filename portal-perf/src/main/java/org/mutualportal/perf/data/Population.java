package org.mutualportal.perf.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The members of the benchmark and everything the management system sends about them, computed from a seed and
 * the member's number alone. Why per member rather than one random stream: any slice of the population (a batch,
 * a rerun with more members) comes out identical, so a second run of the generator sends the same records and the
 * portal counts them {@code unchanged}, and a larger run extends a smaller one instead of replacing it.
 *
 * <p>Shape, chosen to look like a mutual's book: one membership per member (one in ten collective), the member
 * plus a spouse (six in ten) and up to three children as beneficiaries; payments of one to five lines (three on
 * average) spread over the 24 months before the anchor date, four in five paid to the member and one in five to a
 * professional (tiers payant). The acts and their amounts follow the Sécurité sociale's rules closely enough for
 * the import's checks: the mutual never pays more than the expense left after the Sécurité sociale.
 */
public final class Population {

    /** The login of a generated member's web account. */
    public static String login(int n) {
        return String.format("adherent%06d@perf.example", n);
    }

    /** The password of every generated web account (a benchmark fixture, not a secret). */
    public static final String PASSWORD = "Perf#Adherent2026";

    private static final String[] LAST = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
        "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
        "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François",
        "Martinez", "Benali"};
    private static final String[] FIRST_F = {"Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Sophie",
        "Julie", "Camille", "Léa", "Chloé", "Inès", "Hélène"};
    private static final String[] FIRST_M = {"Jean", "Philippe", "Michel", "Alain", "Nicolas", "Karim", "Thomas",
        "Lucas", "Hugo", "Louis", "Mathis", "Jérôme"};
    private static final String[] STREETS = {"rue Paradis", "boulevard Longchamp", "rue de Rome", "avenue du Prado",
        "rue Saint-Ferréol", "cours Julien", "rue Sainte", "boulevard Baille"};
    private static final String[] PROFESSIONALS = {"Pharmacie du Vieux-Port", "Laboratoire Prado Analyses",
        "Centre dentaire Castellane", "Optique de la Canebière", "Clinique Bonneveine"};

    /** The acts a line may carry, with the Sécurité sociale's base and rate and the guarantee applied. */
    private enum Act {
        GP("G", "Consultation médecin généraliste", "30.00", "30.00", 70, "2.00", "Consultations généralistes", "PERCENT_OF_BASE", "100"),
        SPECIALIST("CS", "Consultation dermatologue (secteur 2)", "80.00", "30.00", 70, "2.00", "Consultations spécialistes", "PERCENT_OF_BASE", "200"),
        PHARMACY("PH7", "Médicaments remboursés à 65 %", null, null, 65, "0.00", "Pharmacie", "PERCENT_OF_BASE", "100"),
        PHYSIO("AMK", "Séance de kinésithérapie", "16.13", "16.13", 60, "0.00", "Auxiliaires médicaux", "PERCENT_OF_BASE", "100"),
        DENTAL("HBJD001", "Détartrage et polissage des dents", "28.92", "28.92", 70, "0.00", "Soins dentaires", "PERCENT_OF_BASE", "100"),
        LAB("B", "Analyses de biologie médicale", "24.30", "24.30", 60, "0.00", "Analyses et examens", "PERCENT_OF_BASE", "100"),
        GLASSES("LOPT", "Verres et monture (classe B)", "340.00", "0.09", 60, "0.00", "Optique", "AMOUNT", "150");

        final String code;
        final String label;
        final BigDecimal expense;
        final BigDecimal base;
        final int rate;
        final BigDecimal deductible;
        final String guarantee;
        final String basis;
        final BigDecimal value;

        Act(String code, String label, String expense, String base, int rate, String deductible, String guarantee,
                String basis, String value) {
            this.code = code;
            this.label = label;
            this.expense = expense == null ? null : new BigDecimal(expense);
            this.base = base == null ? null : new BigDecimal(base);
            this.rate = rate;
            this.deductible = new BigDecimal(deductible);
            this.guarantee = guarantee;
            this.basis = basis;
            this.value = new BigDecimal(value);
        }
    }

    private static final Act[] ACT_DRAW = {Act.GP, Act.GP, Act.GP, Act.PHARMACY, Act.PHARMACY, Act.PHARMACY,
        Act.PHARMACY, Act.SPECIALIST, Act.PHYSIO, Act.PHYSIO, Act.LAB, Act.LAB, Act.DENTAL, Act.GLASSES};

    private final long seed;
    private final int members;
    private final long lines;
    private final LocalDate anchor;

    /**
     * @param seed    the seed of every draw
     * @param members how many members (numbered 1 to {@code members})
     * @param lines   how many payment lines in all, shared out evenly between the members
     * @param anchor  the most recent payment date possible (the run's "today")
     */
    public Population(long seed, int members, long lines, LocalDate anchor) {
        if (members < 1 || lines < 0) {
            throw new IllegalArgumentException("members >= 1 and lines >= 0 expected");
        }
        this.seed = seed;
        this.members = members;
        this.lines = lines;
        this.anchor = anchor;
    }

    public int members() {
        return members;
    }

    public static String memberId(int n) {
        return String.format("PERF-ADH-%06d", n);
    }

    public static String membershipId(int n) {
        return String.format("PERF-ADS-%06d", n);
    }

    /** A member's card number: 8 digits starting with 6 (the demo uses 6 digits, the tests 8 and 9). */
    public static String membershipNumber(int n) {
        return String.format("6%07d", n);
    }

    private Random random(int n, int stream) {
        return new Random(seed * 1_000_003L + n * 31L + stream);
    }

    private boolean female(int n) {
        return random(n, 0).nextBoolean();
    }

    private String lastName(int n) {
        return LAST[random(n, 1).nextInt(LAST.length)];
    }

    public String memberJson(int n) {
        Random r = random(n, 2);
        boolean female = female(n);
        String first = female ? FIRST_F[r.nextInt(FIRST_F.length)] : FIRST_M[r.nextInt(FIRST_M.length)];
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(r.nextInt(50 * 365));
        return new Json().put("externalId", memberId(n)).put("lastName", lastName(n)).put("firstName", first)
                .put("birthDate", birth.toString()).put("email", login(n))
                .put("mobilePhone", String.format("06%08d", n)).put("homePhone", null)
                .put("familySituation", r.nextInt(10) < 6 ? "MARRIED" : "SINGLE")
                .raw("address", new Json().put("line1", (1 + r.nextInt(120)) + " " + STREETS[r.nextInt(STREETS.length)])
                        .put("line2", null).put("postcode", "1300" + (1 + r.nextInt(9))).put("city", "MARSEILLE")
                        .put("country", "France").toString())
                .toString();
    }

    private LocalDate membershipStart(int n) {
        return LocalDate.of(2010, 1, 1).plusMonths(random(n, 3).nextInt(150));
    }

    public String membershipJson(int n) {
        boolean collective = random(n, 4).nextInt(10) == 0;
        return new Json().put("externalId", membershipId(n)).put("member", memberId(n))
                .put("membershipNumber", membershipNumber(n)).put("contractNumber", String.format("CT-P-%06d", n))
                .put("offerCode", collective ? "COL-ENTREPRISE" : "LAB-CONFORT")
                .put("offerLabel", collective ? "Collective Entreprise" : "Labellisée Confort")
                .put("kind", collective ? "COLLECTIVE" : "INDIVIDUAL")
                .put("employerName", collective ? "Transports Phocéens SA" : null)
                .put("state", "OPEN").put("startDate", membershipStart(n).toString()).put("endDate", null)
                .toString();
    }

    /** How many beneficiaries member {@code n} has (the member included): 1 to 5. */
    public int beneficiaryCount(int n) {
        Random r = random(n, 5);
        return 1 + (r.nextInt(10) < 6 ? 1 : 0) + r.nextInt(4);
    }

    private static String beneficiaryId(int n, int index) {
        return String.format("PERF-BEN-%06d-%d", n, index + 1);
    }

    public List<String> beneficiariesJson(int n) {
        Random r = random(n, 6);
        int count = beneficiaryCount(n);
        Random family = random(n, 5);
        boolean spouse = family.nextInt(10) < 6;
        List<String> result = new ArrayList<>();
        String last = lastName(n);
        LocalDate start = membershipStart(n);
        for (int i = 0; i < count; i++) {
            String relationship = i == 0 ? "MEMBER" : i == 1 && spouse ? "SPOUSE" : "CHILD";
            LocalDate birth = relationship.equals("CHILD") ? LocalDate.of(2000, 1, 1).plusDays(r.nextInt(20 * 365))
                    : LocalDate.of(1950, 1, 1).plusDays(r.nextInt(50 * 365));
            boolean girl = r.nextBoolean();
            String first = i == 0 ? null : girl ? FIRST_F[r.nextInt(FIRST_F.length)] : FIRST_M[r.nextInt(FIRST_M.length)];
            if (i == 0) {
                // The member as a beneficiary: same names as the member record.
                Random names = random(n, 2);
                first = female(n) ? FIRST_F[names.nextInt(FIRST_F.length)] : FIRST_M[names.nextInt(FIRST_M.length)];
                birth = LocalDate.of(1950, 1, 1).plusDays(names.nextInt(50 * 365));
            }
            LocalDate from = birth.isAfter(start) ? birth : start;
            result.add(new Json().put("externalId", beneficiaryId(n, i)).put("membership", membershipId(n))
                    .put("lastName", last).put("firstName", first).put("birthDate", birth.toString())
                    .put("relationship", relationship).put("nir", null).put("attachedToNir", null)
                    .put("startDate", from.toString()).put("endDate", null).toString());
        }
        return result;
    }

    /** How many payment lines member {@code n} has. */
    public long lineCount(int n) {
        return lines / members + (n <= lines % members ? 1 : 0);
    }

    /** One payment line as the import reads it. */
    public record Line(String beneficiary, String actCode, String actLabel, LocalDate careStart, BigDecimal expense,
            BigDecimal base, int ssRate, BigDecimal ssAmount, BigDecimal ssDeductible, BigDecimal mutualAmount,
            String guaranteeLabel, String guaranteeBasis, BigDecimal guaranteeValue) {

        String toJson() {
            return new Json().put("beneficiary", beneficiary).put("beneficiaryName", null).put("actCode", actCode)
                    .put("actLabel", actLabel).put("careStart", careStart.toString()).put("careEnd", careStart.toString())
                    .put("expense", expense.toPlainString()).put("baseAmount", base.toPlainString())
                    .put("ssRate", Integer.toString(ssRate)).put("ssAmount", ssAmount.toPlainString())
                    .put("ssDeductible", ssDeductible.toPlainString()).put("mutualAmount", mutualAmount.toPlainString())
                    .put("guaranteeLabel", guaranteeLabel).put("guaranteeBasis", guaranteeBasis)
                    .put("guaranteeValue", guaranteeValue.toPlainString()).toString();
        }
    }

    /** One payment as the import reads it. */
    public record Payment(String externalId, String membership, LocalDate paymentDate, String mode, BigDecimal amount,
            String payee, String payeeName, List<Line> lines) {

        public String toJson() {
            StringBuilder array = new StringBuilder("[");
            for (Line line : lines) {
                array.append(array.length() > 1 ? "," : "").append(line.toJson());
            }
            return new Json().put("externalId", externalId).put("membership", membership)
                    .put("paymentDate", paymentDate.toString()).put("mode", mode).put("amount", amount.toPlainString())
                    .put("payee", payee).put("payeeName", payeeName).raw("lines", array.append(']').toString()).toString();
        }
    }

    /** Member {@code n}'s payments, {@link #lineCount} lines in all, oldest first. */
    public List<Payment> payments(int n) {
        Random r = random(n, 7);
        long remaining = lineCount(n);
        int beneficiaries = beneficiaryCount(n);
        List<Payment> payments = new ArrayList<>();
        int index = 0;
        while (remaining > 0) {
            int size = (int) Math.min(remaining, 1 + r.nextInt(5));
            remaining -= size;
            index++;
            LocalDate paid = anchor.minusDays(r.nextInt(730));
            boolean professional = r.nextInt(5) == 0;
            List<Line> lines = new ArrayList<>(size);
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < size; i++) {
                Line line = line(r, beneficiaryId(n, r.nextInt(beneficiaries)), paid.minusDays(2 + r.nextInt(20)));
                lines.add(line);
                total = total.add(line.mutualAmount());
            }
            payments.add(new Payment(String.format("PERF-PAI-%06d-%05d", n, index), membershipId(n), paid,
                    r.nextInt(20) == 0 ? "CHEQUE" : "TRANSFER", total, professional ? "PROFESSIONAL" : "MEMBER",
                    professional ? PROFESSIONALS[r.nextInt(PROFESSIONALS.length)] : null, lines));
        }
        return payments;
    }

    private static Line line(Random r, String beneficiary, LocalDate care) {
        Act act = ACT_DRAW[r.nextInt(ACT_DRAW.length)];
        BigDecimal expense = act.expense;
        BigDecimal base = act.base;
        if (act == Act.PHARMACY) {
            expense = BigDecimal.valueOf(300 + r.nextInt(6000), 2);
            base = expense;
        }
        BigDecimal ss = base.multiply(BigDecimal.valueOf(act.rate)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
                .subtract(act.deductible).max(BigDecimal.ZERO);
        BigDecimal mutual;
        if (act.basis.equals("AMOUNT")) {
            mutual = act.value.min(expense.subtract(ss));
        } else {
            // "N % BR": the guarantee tops the Sécurité sociale up to N % of the base, within the expense.
            BigDecimal cover = base.multiply(act.value).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            mutual = cover.subtract(ss).subtract(act.deductible).max(BigDecimal.ZERO).min(expense.subtract(ss));
        }
        return new Line(beneficiary, act.code, act.label, care, expense, base, act.rate, ss, act.deductible, mutual,
                act.guarantee, act.basis, act.value);
    }
}
