package org.mutualportal.reimbursements.statement;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mutualportal.api.member.Member;
import org.mutualportal.api.text.FrenchCsv;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;
import org.mutualportal.reimbursements.ReimbursementsModule;
import org.mutualportal.reimbursements.payment.Payee;
import org.mutualportal.reimbursements.payment.PaymentDetail;
import org.mutualportal.reimbursements.payment.PaymentLine;

/** "Exporter": one row per line, with its payment, for a French spreadsheet. */
@ApplicationScoped
public class StatementCsv {

    public String render(List<PaymentDetail> payments, Member member) {
        FrenchCsv csv = new FrenchCsv().row(List.of("csv.paymentDate", "csv.mode", "csv.payee", "csv.beneficiary", "csv.act",
                "csv.careStart", "csv.careEnd", "csv.expense", "csv.base", "csv.ssRate", "csv.ss", "csv.mutual", "csv.total",
                "csv.remaining", "csv.guarantee").stream().map(k -> Texts.of(ReimbursementsModule.BUNDLE, k)).toList());
        for (PaymentDetail payment : payments) {
            String payee = payment.payment().getPayee() == Payee.MEMBER ? member.getFullName() : payment.payment().getPayeeName();
            for (PaymentLine line : payment.lines()) {
                csv.row(FrenchFormats.date(payment.payment().getPaymentDate()),
                        Texts.of(ReimbursementsModule.BUNDLE, "mode." + payment.payment().getMode()), payee,
                        line.getBeneficiaryName(), line.getActLabel(), FrenchFormats.date(line.getCareStart()),
                        FrenchFormats.date(line.getCareEnd()), FrenchFormats.plainDecimal(line.getExpense()),
                        FrenchFormats.plainDecimal(line.getBaseAmount()), line.getSsRate().stripTrailingZeros().toPlainString().replace('.', ','),
                        FrenchFormats.plainDecimal(line.getSsAmount()), FrenchFormats.plainDecimal(line.getMutualAmount()),
                        FrenchFormats.plainDecimal(line.getTotal()), FrenchFormats.plainDecimal(line.getRemaining()),
                        line.getGuaranteeLabel());
            }
        }
        return csv.toString();
    }
}
