package org.mutualportal.core.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Runs each demo loader in a transaction of its own. */
@ApplicationScoped
public class DemoTransactions {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void run(Runnable work) {
        work.run();
    }
}
