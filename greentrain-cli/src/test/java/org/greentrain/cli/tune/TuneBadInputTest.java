package org.greentrain.cli.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greentrain.cli.tune.TuneFixtures.assertUsageError;

import java.nio.file.Path;
import org.greentrain.cli.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input exits with 2 and one line, and leaves the storage as it was. */
class TuneBadInputTest {

    @TempDir
    Path dir;

    private TuneFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new TuneFixtures(dir);
    }

    private CliRun tune(String space, String... extra) throws Exception {
        String[] base = {"tune", "--no-gpu", "--storage", fx.storage(), "--study", "s", "--trials", "2",
                "--command", "sh " + fx.quadratic() + " {x}", "--space", space};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return CliRun.of(all);
    }

    @Test
    void badDefinitionsAreRefusedBeforeTheStorageIsOpened() throws Exception {
        assertUsageError(tune("x=-5..5,oops"), "bad search space entry 'oops'");
        assertUsageError(tune("x=5..-5"), "low 5.0 > high -5.0");
        assertUsageError(tune("x=0..1:log"), "log scale needs low > 0");
        assertUsageError(tune("x=-5..5", "--sampler", "annealing"), "unknown sampler 'annealing': use one of bo, ");
        assertUsageError(tune("x=-5..5", "--pruner", "guillotine"), "unknown pruner 'guillotine'");
        assertUsageError(tune("x=-5..5", "--pruner", "hyperband"), "needs --max-steps");
        assertUsageError(tune("x=-5..5", "--pruner", "asha:grace=2"),
                "asha: unknown setting 'grace'; valid: min-resource, eta, s");
        assertUsageError(tune("x=-5..5", "--pruner", "asha:eta=1"), "reduction factor >= 2");
        assertUsageError(tune("x=-5..5", "--pruner", "median:warmup=soon"), "takes a whole number, got 'soon'");
        assertUsageError(tune("x=-5..5", "--energy-budget", "50 parsecs"), "'50 parsecs' is not an energy");
        assertUsageError(tune("x=-5..5", "--direction", "sideways"), "unknown direction 'sideways'");
        assertUsageError(tune("x=-5..5", "--direction", "min", "--objective", "a:max"), "not both");
        assertUsageError(tune("x=-5..5", "--objective", "acc:max,energy:min", "--sampler", "gp-cost"),
                "sampler 'gp-cost' optimises one objective per joule; use bo, tpe or nsga2");
        assertUsageError(tune("x=-5..5", "--workers", "0"), "workers must be >= 1");
        assertUsageError(tune("x=-5..5", "--country", "XXX"), "unknown country code 'XXX'");
        assertThat(fx.snapshot()).isEqualTo("no database");
    }

    @Test
    void definitionsThatDoNotFitTogetherWriteNoStudy() throws Exception {
        assertUsageError(tune("x=-5..5", "--objective", "energy:min,loss:min"), "first goal must not be energy");
        assertUsageError(tune("y=-5..5"), "command placeholder {x} is not a parameter of the space (y)");
        assertUsageError(tune("x=-5..5", "--objective", "acc:max,energy:min", "--pruner", "median"),
                "prunes single-objective studies only");
        assertUsageError(tune("x=-5..5", "--objective", "a:max,b:min", "--value-field", "a"),
                "2 value(s) expected but 1 value field(s) given");
        assertThat(fx.snapshot()).isEmpty();
    }

    @Test
    void anExistingStudyWithAnotherSpaceIsRefusedShowingBoth() throws Exception {
        assertThat(tune("x=-5..5").exitCode()).isZero();
        String before = fx.snapshot();

        CliRun run = tune("x=-5..6");
        assertUsageError(run, "study 's' exists with space 'x=-5.0..5.0'");
        assertThat(run.err()).contains("but space 'x=-5.0..6.0'");
        assertUsageError(tune("x=-5..5", "--direction", "maximize"), "goals 'value:minimize'");
        assertUsageError(tune("x=-5..5", "--objective", "acc:max,energy:min"), "goals 'value:minimize'");
        assertThat(fx.snapshot()).isEqualTo(before);
    }

    @Test
    void anUnreachableDatabaseIsOneLineWithoutThePassword() throws Exception {
        CliRun run = CliRun.of("tune", "--no-gpu", "--storage", "postgresql://x:secret@127.0.0.1:1/db", "--command",
                "sh " + fx.quadratic() + " {x}", "--space", "x=0..1");
        assertUsageError(run, "cannot open storage: cannot connect to PostgreSQL at 127.0.0.1:1");
        assertThat(run.err()).doesNotContain("secret");
        assertUsageError(CliRun.of("studies", "list", "--storage", "mysql://h/db"), "unknown storage URL");
        assertUsageError(CliRun.of("studies", "list", "--storage", "sqlite:" + dir), "is a directory");
    }

    @Test
    void nothingToTuneIsAUsageError() {
        assertUsageError(CliRun.of("tune", "--space", "x=0..1"), "nothing to tune: give --command");
    }
}
