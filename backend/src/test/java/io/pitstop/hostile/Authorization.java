package io.pitstop.hostile;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.pitstop.identity.PartnerScopes;
import io.pitstop.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may call each operation, by operation id, as the resources declare it ({@code @RolesAllowed} on the method or
 * its class; a partner scope counts as the partner role). The contract names no roles, and asking the server does not
 * tell: with lazy authentication the body is read and validated before the role is checked.
 */
final class Authorization {

    private Authorization() {
    }

    /** Role names by operation id; an operation missing here takes any authenticated caller. */
    static Map<String, Set<String>> rolesByOperation() {
        Map<String, Set<String>> out = new HashMap<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.pitstop")) {
            for (JavaMethod m : c.getMethods()) {
                if (!m.isAnnotatedWith(Operation.class)) {
                    continue;
                }
                RolesAllowed allowed = m.isAnnotatedWith(RolesAllowed.class) ? m.getAnnotationOfType(RolesAllowed.class)
                        : c.isAnnotatedWith(RolesAllowed.class) ? c.getAnnotationOfType(RolesAllowed.class) : null;
                if (allowed == null) {
                    continue;
                }
                Set<String> roles = new LinkedHashSet<>();
                for (String r : allowed.value()) {
                    roles.add(r.startsWith(PartnerScopes.ROLE_PREFIX) ? Role.PARTNER.name() : r);
                }
                out.put(m.getAnnotationOfType(Operation.class).operationId(), roles);
            }
        }
        return out;
    }
}
