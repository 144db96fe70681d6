"""The calfcare program's common contract: help, version, exit codes, demo."""


def test_help_lists_every_command(run):
    r = run("--help")
    assert r.code == 0
    for cmd in ("diagnose", "relief", "routine", "check", "plan", "return-to-run", "shoes", "demo"):
        assert f"  {cmd} " in r.out
    assert "Exit status" in r.out


def test_version(run):
    r = run("--version")
    assert r.code == 0
    assert r.out.startswith("calfcare ")
    assert "libcalfcare" in r.out


def test_no_arguments_is_usage_error(run):
    r = run()
    assert r.code == 2
    assert "Usage" in r.err


def test_unknown_command_is_usage_error(run):
    r = run("frobnicate")
    assert r.code == 2
    assert "unknown command 'frobnicate'" in r.err
    assert r.out == ""


def test_demo_runs_without_input(run):
    r = run("demo")
    assert r.code == 0, r.err
    assert "sample runner" in r.out


def test_demo_takes_no_arguments(run):
    r = run("demo", "--extra")
    assert r.code == 2
    assert "--extra" in r.err
