"""The project's set-up files agree with each other."""
import tomllib

import yaml
from conftest import ROOT


def test_environment_yml_lists_the_same_direct_dependencies_as_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    declared = project["project"]["dependencies"] + project["dependency-groups"]["dev"]
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert sorted(d for d in pip if not d.startswith("-e")) == sorted(declared)


def test_ci_runs_the_readme_test_command_with_every_test():
    """CI runs the slow tests too: `make test all=1`, not `make test` alone."""
    commands = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()
                if line.strip().startswith("make ")]
    assert commands == ["make test all=1"]
    readme = (ROOT / "README.md").read_text()
    assert "make report" in readme and "make test" in readme


def test_vendored_reference_files_match_their_checksums():
    import hashlib

    external = ROOT / "data" / "external"
    for line in (external / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split()
        assert hashlib.sha256((external / name).read_bytes()).hexdigest() == digest, name
