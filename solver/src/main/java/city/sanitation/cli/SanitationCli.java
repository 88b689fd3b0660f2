package city.sanitation.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line entry point: {@code sanitation <command>}. Each command is its own class in this package. */
@Command(
        name = "sanitation",
        mixinStandardHelpOptions = true,
        version = "sanitation-scheduler 0.1.0",
        description = "Plans street washing, blind-spot clean-up and toilet rounds for a city district.",
        subcommands = {
            CommandLine.HelpCommand.class,
            ImportOsmCommand.class,
            GenerateCommand.class,
            DescribeCommand.class,
            SolveCommand.class
        })
public final class SanitationCli {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with every command registered; tests drive it without exiting the JVM. */
    public static CommandLine commandLine() {
        return new CommandLine(new SanitationCli());
    }
}
