"""The `policyparse` command: a table of subcommands, one module each.

Each subcommand module defines `HELP` (one line), `add_arguments(parser)` and
`run(args) -> int`. Adding a subcommand is one line in `COMMANDS`.
Exit codes: 0 all went well, 1 some input failed, 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib

from .._version import __version__

COMMANDS = {
    "parse": "policyparse.cli.parse",
    "eval": "policyparse.cli.eval",
    "batch": "policyparse.cli.batch",
    "show": "policyparse.cli.show",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="policyparse", description="Turn Chinese government policy notices into structured JSON.")
    parser.add_argument("--version", action="version", version=f"policyparse {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, module_name in COMMANDS.items():
        module = importlib.import_module(module_name)
        sub = subparsers.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(sub)
        sub.set_defaults(run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 for --help/--version
        return exc.code if isinstance(exc.code, int) else 2
    try:
        return args.run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `policyparse parse dir | head`
        return 1
