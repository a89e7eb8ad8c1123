package org.mutualportal.core.member;

import org.mutualportal.api.member.CollectiveContractGuarded;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Enforces {@link CollectiveContractGuarded} before the guarded method (and its transaction) starts. */
@Interceptor
@CollectiveContractGuarded
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class CollectiveContractInterceptor {

    @Inject
    CollectiveContractCheck guard;

    @AroundInvoke
    Object check(InvocationContext invocation) throws Exception {
        guard.check();
        return invocation.proceed();
    }
}
