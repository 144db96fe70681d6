"""CLI tests of the progression commands (written with the area issue)."""


def test_help_runs(run):
    assert run("--help").code == 0
