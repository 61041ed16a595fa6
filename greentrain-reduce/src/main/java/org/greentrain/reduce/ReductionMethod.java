package org.greentrain.reduce;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greentrain.reduce.fes.FesParams;
import org.greentrain.reduce.fes.FesReducer;
import org.greentrain.reduce.fes.ForgettingHook;
import org.greentrain.reduce.param.ParamSchema;
import org.greentrain.reduce.reducer.ClcParams;
import org.greentrain.reduce.reducer.ClcReducer;
import org.greentrain.reduce.reducer.DesParams;
import org.greentrain.reduce.reducer.DesReducer;
import org.greentrain.reduce.reducer.DomParams;
import org.greentrain.reduce.reducer.DomReducer;
import org.greentrain.reduce.reducer.MmsParams;
import org.greentrain.reduce.reducer.MmsReducer;
import org.greentrain.reduce.reducer.NrmdParams;
import org.greentrain.reduce.reducer.NrmdReducer;
import org.greentrain.reduce.reducer.PhlParams;
import org.greentrain.reduce.reducer.PhlReducer;
import org.greentrain.reduce.reducer.PrdParams;
import org.greentrain.reduce.reducer.PrdReducer;
import org.greentrain.reduce.reducer.RkmeansParams;
import org.greentrain.reduce.reducer.RkmeansReducer;
import org.greentrain.reduce.reducer.SrsParams;
import org.greentrain.reduce.reducer.SrsReducer;

/**
 * The registry of reduction methods: each method's name, what it does, its parameters with defaults, and how to build
 * it from the CLI's {@code key=value} map. {@link #parse(String)} turns a user's method name into a method. FES needs a
 * model: built with {@link #create(Map)} it fails with an explanation when run; {@link #create(Map, ForgettingHook)}
 * gives it the trainer's hook.
 */
public enum ReductionMethod {
    SRS("srs", "Stratified random sampling",
            "ceil(p*N) rows drawn at random, class proportions kept (the baseline)",
            SrsParams.SCHEMA, m -> new SrsReducer(SrsParams.fromMap(m))),
    PRD("prd", "ProtoDash prototypes",
            "per class, trunc(p*n_c) prototypes whose weighted kernel mean matches the class (linear kernel default)",
            PrdParams.SCHEMA, m -> new PrdReducer(PrdParams.fromMap(m), WorkProgress.NONE)),
    CLC("clc", "Clustering centroids",
            "per class, k-means with k = trunc(p*n_c); the centroids (synthetic rows) or their nearest rows",
            ClcParams.SCHEMA, m -> new ClcReducer(ClcParams.fromMap(m))),
    MMS("mms", "Max-min (farthest-point) selection",
            "per class, trunc(p*n_c) rows in greedy farthest-first order; typically among the smallest epsilon",
            MmsParams.SCHEMA, m -> new MmsReducer(MmsParams.fromMap(m))),
    DES("des", "Distance-entropy selection",
            "a stratified base plus the rows whose distances to the class prototypes are most ambiguous",
            DesParams.SCHEMA, m -> new DesReducer(DesParams.fromMap(m))),
    PHL("phl", "Persistent-homology landmarks",
            "per class, round(p*n_c) rows ranked by the Vietoris-Rips persistence of their r-neighbourhood",
            PhlParams.SCHEMA, m -> new PhlReducer(PhlParams.fromMap(m), WorkProgress.NONE)),
    NRMD("nrmd", "Numerosity reduction by matrix decomposition",
            "rows ranked by SVD-based SR_MD scores within their class and overall; top trunc(p*N) kept",
            NrmdParams.SCHEMA, m -> new NrmdReducer(NrmdParams.fromMap(m))),
    FES("fes", "Forgetting-events selection",
            "per class, trunc(p*n_c) rows a model forgets most while training; needs the trainer's hook",
            FesParams.SCHEMA, m -> new FesReducer(FesParams.fromMap(m), null)),
    DOM("dom", "Dominating-dataset selection",
            "per class, a greedy epsilon-net in row order, epsilon found by bisection; epsilon-representative by "
                    + "construction", DomParams.SCHEMA, m -> new DomReducer(DomParams.fromMap(m))),
    RKMEANS("rkmeans", "Representative k-means",
            "k-means over all rows ignoring labels; each cluster keeps its rows nearest to the centroid",
            RkmeansParams.SCHEMA, m -> new RkmeansReducer(RkmeansParams.fromMap(m)));

    private final String id;
    private final String title;
    private final String summary;
    private final ParamSchema schema;
    private final Function<Map<String, String>, Reducer> factory;

    ReductionMethod(String id, String title, String summary, ParamSchema schema,
                    Function<Map<String, String>, Reducer> factory) {
        this.id = id;
        this.title = title;
        this.summary = summary;
        this.schema = schema;
        this.factory = factory;
    }

    /** The name users type, for example {@code mms}. */
    public String id() {
        return id;
    }

    /** The method's full name. */
    public String title() {
        return title;
    }

    /** One line on what the method keeps. */
    public String summary() {
        return summary;
    }

    /** The method's parameters with defaults. */
    public ParamSchema schema() {
        return schema;
    }

    /**
     * A reducer with the parameters in {@code params} (missing keys take their defaults).
     *
     * @throws IllegalArgumentException for an unknown key or a bad value
     */
    public Reducer create(Map<String, String> params) {
        return factory.apply(params);
    }

    /**
     * A reducer with {@code params} that trains through {@code hook} when the method needs a model (FES); the other
     * methods ignore the hook.
     */
    public Reducer create(Map<String, String> params, ForgettingHook hook) {
        return this == FES ? new FesReducer(FesParams.fromMap(params), hook) : create(params);
    }

    /**
     * A reducer with {@code params} that reports its work to {@code progress} where the method can count it (PHL,
     * PRD); the other methods ignore it.
     */
    public Reducer create(Map<String, String> params, WorkProgress progress) {
        return switch (this) {
            case PHL -> new PhlReducer(PhlParams.fromMap(params), progress);
            case PRD -> new PrdReducer(PrdParams.fromMap(params), progress);
            default -> create(params);
        };
    }

    /** A reducer with default parameters. */
    public Reducer create() {
        return create(Map.of());
    }

    /** Help text for {@code greentrain reduce --method M --help}. */
    public String help() {
        return id + ": " + title + System.lineSeparator() + "  " + summary + System.lineSeparator()
                + "parameters (--param key=value,...):" + System.lineSeparator() + schema.help();
    }

    /**
     * The method named {@code name}, case-insensitively.
     *
     * @throws IllegalArgumentException for an unknown name, listing the valid ones
     */
    public static ReductionMethod parse(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (ReductionMethod m : values()) {
            if (m.id.equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown reduction method '" + name + "'; valid: "
                + Arrays.stream(values()).map(ReductionMethod::id).collect(Collectors.joining(", ")));
    }
}
