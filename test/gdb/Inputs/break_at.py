# Loaded into gdb by %gdb (test/lit.cfg.py). Adds one command, so that the
# tests in test/gdb name lines by label instead of by number:
#
#   break-at FILE LABEL   a breakpoint on the line of code of FILE that
#                         ends with the comment `// @LABEL` (a comment line
#                         quoting it, like a CHECK line, does not count)
#
# (The labels play the part of Dexter's DexLabel in LLVM's debug-info tests.)
import re

import gdb


class BreakAt(gdb.Command):
    """break-at FILE LABEL: break on the line of FILE marked // @LABEL."""

    def __init__(self):
        super().__init__("break-at", gdb.COMMAND_BREAKPOINTS)

    def invoke(self, arg, from_tty):
        path, label = gdb.string_to_argv(arg)
        marker = re.compile(r"^\s*[^/\s].*//\s*@%s\s*$" % re.escape(label))
        with open(path) as f:
            lines = [n for n, text in enumerate(f, 1) if marker.search(text)]
        if len(lines) != 1:
            raise gdb.GdbError("%d lines of %s are labelled @%s" %
                               (len(lines), path, label))
        gdb.execute("break %s:%d" % (path, lines[0]), from_tty)


BreakAt()
