package org.mutualportal.api.member;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service method (or every method of a service) that changes coordinates or the contract: it is
 * refused with {@link CollectiveContractException} when the selected membership is collective, whatever
 * page or forged request called it.
 *
 * <h2>Usage</h2>
 * <pre>
 * &#64;CollectiveContractGuarded
 * &#64;Transactional
 * public void changeAddress(AddressChange change) { … }
 * </pre>
 *
 * @since 1.0
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface CollectiveContractGuarded {
}
