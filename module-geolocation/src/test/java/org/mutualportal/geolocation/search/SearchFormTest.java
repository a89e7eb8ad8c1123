package org.mutualportal.geolocation.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutualportal.geolocation.directory.Category;

/** The search form's own rules, without a validator: which problem, next to which field. */
class SearchFormTest {

    @Test
    void onlyAChoiceOrATypedAddressAsksForASearch() {
        assertThat(new SearchForm().isAsked()).as("the dashboard's link").isFalse();
        assertThat(form(null, "  ", null, null, " ").isAsked()).isFalse();
        assertThat(form(Category.DENTIST, null, null, null, null).isAsked()).isTrue();
        assertThat(form(null, "position", null, null, null).isAsked()).isTrue();
        assertThat(form(null, null, null, null, "13006").isAsked()).isTrue();
    }

    @Test
    void anAddressTypedWithNeitherChoiceMeansAroundThatAddress() {
        SearchForm typed = form(Category.DENTIST, null, null, null, "13006 Marseille");
        assertThat(typed.isAroundAddress()).isTrue();
        assertThat(typed.isAroundPosition()).isFalse();
        assertThat(problem(typed)).isNull();
    }

    @Test
    void aSearchSaysWhereToLookAndTheMessageGoesToTheFieldToChange() {
        assertThat(problem(form(Category.DENTIST, "position", 43.3, 5.4, null))).isNull();
        assertThat(problem(form(Category.DENTIST, "position", null, null, null)))
                .isEqualTo("around {org.mutualportal.geolocation.position}");
        assertThat(problem(form(Category.DENTIST, "position", 43.3, null, null)))
                .isEqualTo("around {org.mutualportal.geolocation.position}");
        assertThat(problem(form(Category.DENTIST, "address", null, null, " ")))
                .isEqualTo("address {org.mutualportal.geolocation.address.required}");
        assertThat(problem(form(Category.DENTIST, null, null, null, null)))
                .isEqualTo("around {org.mutualportal.geolocation.around}");
        assertThat(problem(form(Category.DENTIST, "ailleurs", null, null, "13006")))
                .isEqualTo("around {org.mutualportal.geolocation.around}");
    }

    @Test
    void onlyTheRadiiTheFormOffersAreAccepted() {
        SearchRadius.Check check = new SearchRadius.Check();
        assertThat(check.isValid(null, null)).as("the default radius").isTrue();
        assertThat(check.isValid(20, null)).isTrue();
        assertThat(check.isValid(1, null)).isTrue();
        assertThat(check.isValid(3, null)).isFalse();
        assertThat(check.isValid(500, null)).isFalse();
    }

    private static SearchForm form(Category category, String around, Double lat, Double lon, String address) {
        SearchForm form = new SearchForm();
        form.setCategory(category);
        form.setAround(around);
        form.setLat(lat);
        form.setLon(lon);
        form.setAddress(address);
        return form;
    }

    /** "property template" of the problem {@link PointGiven} finds, or {@code null}. */
    private static String problem(SearchForm form) {
        Recorder recorder = new Recorder();
        boolean valid = new PointGiven.Check().isValid(form, recorder.proxy(ConstraintValidatorContext.class));
        assertThat(valid).isEqualTo(recorder.calls.isEmpty());
        return valid ? null : String.join(" ", recorder.calls);
    }

    /** A validator context that notes the property node and the template of the violation built. */
    private static final class Recorder implements InvocationHandler {

        final List<String> calls = new ArrayList<>();

        <T> T proxy(Class<T> type) {
            return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, this));
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) {
            if (method.getName().equals("buildConstraintViolationWithTemplate")) {
                calls.add((String) args[0]);
            } else if (method.getName().equals("addPropertyNode")) {
                calls.add(0, (String) args[0]);
            }
            Class<?> returned = method.getReturnType();
            return returned.isInterface() ? proxy(returned) : null;
        }
    }
}
