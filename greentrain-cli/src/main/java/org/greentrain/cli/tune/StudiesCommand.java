package org.greentrain.cli.tune;

import java.util.concurrent.Callable;
import org.greentrain.cli.common.UsageException;
import picocli.CommandLine.Command;

/** {@code greentrain studies}: the home of {@code list}, {@code show}, {@code export} and {@code importance}. */
@Command(name = "studies", description = "List, show, export and explain stored studies.",
        subcommands = {StudiesListCommand.class, StudiesShowCommand.class, StudiesExportCommand.class,
            StudiesImportanceCommand.class})
public final class StudiesCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UsageException("give a subcommand: studies list | studies show NAME | studies export NAME "
                + "--csv FILE | studies importance NAME");
    }
}
