"""Helpers for the CLI tests: run the built calfcare program and capture what it prints."""
import json
import os
import subprocess

import pytest

CALFCARE = os.environ.get("CALFCARE_BIN", "calfcare")


class Result:
    def __init__(self, proc):
        self.code = proc.returncode
        self.out = proc.stdout
        self.err = proc.stderr

    def json(self):
        return json.loads(self.out)


@pytest.fixture
def run():
    """run("diagnose", "--json", ...) -> Result with code, out, err and json()."""
    def _run(*args, stdin=None, timeout=60):
        proc = subprocess.run([CALFCARE, *map(str, args)], capture_output=True, text=True,
                              input=stdin, timeout=timeout)
        return Result(proc)
    return _run
