package dev.crosswalk.cli;

import dev.crosswalk.service.CompositionRoot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Mixed into every command that needs the settings, the database or a service: what the command receives from the
 * process's one {@link CompositionRoot}, which the top command holds and closes when the command has ended.
 */
@Command
final class Root {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** The root of this command line: made on first use, shared by a command and its subcommands. */
    CompositionRoot get() {
        return ((CrosswalkCommand) mixee.root().userObject()).root();
    }
}
