package org.greentrain.reduce.reducer;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.greentrain.reduce.param.Choice;
import org.greentrain.reduce.param.MethodParams;
import org.greentrain.reduce.param.ParamSchema;
import org.greentrain.reduce.param.ParamSpec;

/**
 * Parameters of NRMD.
 *
 * @param scope whether the top rows are taken over the whole dataset (the published code) or per class
 */
public record NrmdParams(Scope scope) implements MethodParams {

    /** Where the top-scored rows are taken. */
    public enum Scope implements Choice {
        /** Top {@code trunc(p·N)} over all rows, as the published package does (classes may shrink or vanish). */
        GLOBAL("global"),
        /** Top {@code trunc(p·n_c)} within each class, which keeps class proportions. */
        PER_CLASS("per-class");

        private final String id;

        Scope(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }

    /** Keys, defaults and help. */
    public static final ParamSchema SCHEMA = new ParamSchema("nrmd", List.of(
            new ParamSpec("scope", "global", "global: top trunc(p*N) rows overall, as the published code; "
                    + "per-class: top trunc(p*n_c) rows of each class")));

    public NrmdParams {
        Objects.requireNonNull(scope, "scope");
    }

    /** The published setting: global ranking. */
    public static NrmdParams defaults() {
        return new NrmdParams(Scope.GLOBAL);
    }

    /** From CLI text. */
    public static NrmdParams fromMap(Map<String, String> given) {
        return new NrmdParams(SCHEMA.parse(given).choice("scope", Scope.values()));
    }

    @Override
    public Map<String, String> asMap() {
        return Map.of("scope", scope.id());
    }
}
