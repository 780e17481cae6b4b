package org.pyston.interp.internal;

import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.pyston.api.code.CodeUnit;
import org.pyston.api.profile.Profile;
import org.pyston.api.tier.CompiledCode;
import org.pyston.api.tier.ExecutionTier;

/**
 * The interpreter tier, rung 0 of the ladder. Compiling is nearly free (the interpreter runs
 * code units as they are), so every unit gets its interpreter right away. Deactivating the
 * component invalidates all its code: running frames leave at their next block boundary.
 */
@Component(service = ExecutionTier.class, configurationPid = ExecutionTier.PID_PREFIX + "interp",
        property = {ExecutionTier.NAME_PROPERTY + "=interp", ExecutionTier.THRESHOLD_PROPERTY + ":Integer=0"})
public final class InterpreterTier implements ExecutionTier {
    private volatile boolean active = true;
    private volatile int threshold;

    public InterpreterTier() {
    }

    @Activate
    @Modified
    void configure(Map<String, Object> properties) {
        Object t = properties.get(THRESHOLD_PROPERTY);
        threshold = t instanceof Number n ? n.intValue() : t instanceof String s ? Integer.parseInt(s.trim()) : 0;
        active = true;
    }

    @Deactivate
    void deactivate() {
        active = false;
    }

    boolean isActive() {
        return active;
    }

    @Override
    public String name() {
        return "interp";
    }

    @Override
    public int threshold() {
        return threshold;
    }

    @Override
    public CompiledCode compile(CodeUnit code, Profile profile) {
        return new Interpreter(code, this);
    }
}
