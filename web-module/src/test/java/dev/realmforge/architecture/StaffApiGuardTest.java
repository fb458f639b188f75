package dev.realmforge.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every resource method under {@code /admin}, the core's and each profile's, names the role it
 * needs with {@code @RolesAllowed}: the platform checks nothing on a method that names none, so a
 * staff tool without it would be open to anyone.
 */
class StaffApiGuardTest {

    @Test
    void everyAdminResourceMethodNamesItsRole() {
        List<Class<?>> adminResources = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.realmforge.web").stream()
                .filter(c -> c.isAnnotatedWith(Path.class))
                .map(JavaClass::reflect)
                .filter(c -> c.getAnnotation(Path.class).value().replaceFirst("^/", "").startsWith("admin"))
                .toList();
        assertThat(adminResources).as("the staff resources are found").hasSizeGreaterThanOrEqualTo(3);

        List<String> open = new ArrayList<>();
        for (Class<?> resource : adminResources) {
            for (Method method : resource.getDeclaredMethods()) {
                boolean endpoint = method.isAnnotationPresent(Path.class) || Arrays.stream(method.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
                boolean guarded = method.isAnnotationPresent(RolesAllowed.class)
                        || resource.isAnnotationPresent(RolesAllowed.class);
                if (endpoint && !guarded) {
                    open.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(open).as("admin endpoints without @RolesAllowed").isEmpty();
    }
}
