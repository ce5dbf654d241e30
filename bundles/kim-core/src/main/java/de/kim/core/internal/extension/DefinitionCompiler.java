package de.kim.core.internal.extension;

import java.util.Map;

/** Checks one kind of definition and compiles it into what its engine runs. */
public interface DefinitionCompiler {

    Kind kind();

    /**
     * @param raw the definition, labels resolved
     * @throws IllegalArgumentException with a message an extension author understands
     */
    Object compile(Map<String, Object> raw);
}
