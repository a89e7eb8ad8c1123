package org.mutualportal.core.registry;

import java.util.List;

/** The modules in the WAR cannot start together; the message lists every reason. */
public class ModuleConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ModuleConfigurationException(List<String> problems) {
        super("The portal's modules cannot start:\n - " + String.join("\n - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
