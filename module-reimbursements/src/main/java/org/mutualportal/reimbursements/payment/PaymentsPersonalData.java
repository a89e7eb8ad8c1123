package org.mutualportal.reimbursements.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;
import org.mutualportal.reimbursements.ReimbursementsModule;
import org.mutualportal.spi.PersonalData;

/** The reimbursements part of "Exporter mes données": every payment and line of every membership of the member. */
@ApplicationScoped
public class PaymentsPersonalData implements PersonalData {

    @PersistenceContext(unitName = "reimbursements")
    EntityManager em;

    @Override
    public String moduleId() {
        return "reimbursements";
    }

    @Override
    public List<DataSection> export(long memberId, long accountId) {
        List<Payment> payments = em.createQuery("select p from Payment p where p.memberId = :member order by p.paymentDate",
                Payment.class).setParameter("member", memberId).getResultList();
        List<PaymentLine> lines = em.createQuery("""
                select l from PaymentLine l, Payment p where l.paymentId = p.id and p.memberId = :member
                order by p.paymentDate, l.lineNumber""", PaymentLine.class).setParameter("member", memberId).getResultList();
        return List.of(
                new DataSection("payments", text("export.section.payments"),
                        List.of(text("csv.paymentDate"), text("csv.mode"), text("csv.payee"), text("csv.mutual")),
                        payments.stream().map(p -> List.of(FrenchFormats.date(p.getPaymentDate()), text("mode." + p.getMode()),
                                p.getPayeeName() == null ? "" : p.getPayeeName(), FrenchFormats.plainDecimal(p.getAmount()))).toList()),
                new DataSection("lines", text("export.section.lines"),
                        List.of(text("csv.beneficiary"), text("csv.act"), text("csv.careStart"), text("csv.expense"),
                                text("csv.ss"), text("csv.mutual"), text("csv.remaining")),
                        lines.stream().map(l -> List.of(l.getBeneficiaryName(), l.getActLabel(), FrenchFormats.date(l.getCareStart()),
                                FrenchFormats.plainDecimal(l.getExpense()), FrenchFormats.plainDecimal(l.getSsAmount()),
                                FrenchFormats.plainDecimal(l.getMutualAmount()), FrenchFormats.plainDecimal(l.getRemaining()))).toList()));
    }

    private static String text(String key) {
        return Texts.of(ReimbursementsModule.BUNDLE, PaymentsPersonalData.class.getClassLoader(), key);
    }
}
