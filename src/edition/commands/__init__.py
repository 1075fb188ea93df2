"""One module per `edition` subcommand; the list lives in `edition.cli.COMMANDS`."""
