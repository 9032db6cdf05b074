"""docker-compose.yml is a valid Compose file with the production stack SPEC R-N2 asks for; no Docker engine runs
here, so it is checked against the Compose Specification's JSON Schema and by its structure.

The schema is the one check-jsonschema ships (its `vendor.compose-spec` builtin, copied from
github.com/compose-spec/compose-spec `schema/compose-spec.json`): a test dependency, no network at test time.
"""

from __future__ import annotations

import importlib.resources
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

from service.names import SEARCH_ATTRIBUTES

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"
REQUIRED_SECRETS = {
    "POSTGRES_PASSWORD": "pg-secret",
    "REINTERVIEW_SIGNING_KEYS": '{"sign-key-1": "c2lnbg=="}',
    "REINTERVIEW_SIGNING_KEY_ID": "sign-key-1",
    "REINTERVIEW_CODEC_KEYS": '{"codec-key-1": "a2V5"}',
    "REINTERVIEW_CODEC_KEY_ID": "codec-key-1",
    "REINTERVIEW_CODEC_TOKEN": "codec-token-for-tests",
}
LONG_RUNNING = {"postgres", "temporal", "temporal-ui", "mailpit", "worker", "inbound", "web"}
ONE_SHOT = {"temporal-schema", "temporal-namespace", "migrate"}
_VARIABLE = re.compile(r"\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)")
_SECRET_NAME = re.compile(r"PASSWORD|PWD|SECRET|TOKEN|(^|_)KEYS?$|API_KEY")


class MissingVariable(ValueError):
    pass


def interpolate(value: Any, env: dict[str, str]) -> Any:
    """Compose's variable interpolation (`$$`, `${X}`, `${X:-d}`, `${X-d}`, `${X:?e}`, `${X?e}`) over a document."""
    if isinstance(value, dict):
        return {k: interpolate(v, env) for k, v in value.items()}
    if isinstance(value, list):
        return [interpolate(v, env) for v in value]
    if not isinstance(value, str):
        return value

    def substitute(match: re.Match[str]) -> str:
        if match.group(0) == "$$":
            return "$"
        name = match.group(1) or match.group(4)
        operator, argument = match.group(2), match.group(3) or ""
        current = env.get(name)
        unset = current is None or (operator is not None and operator.startswith(":") and current == "")
        if operator in (":-", "-") and unset:
            return argument
        if operator in (":?", "?") and unset:
            raise MissingVariable(f"{name}: {argument}")
        return current or ""

    return _VARIABLE.sub(substitute, value)


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def compose(raw: dict[str, Any]) -> dict[str, Any]:
    """The file as `docker compose config` would see it with only the required secrets set."""
    return interpolate(raw, dict(REQUIRED_SECRETS))


def compose_spec_validator() -> Draft202012Validator:
    text = (importlib.resources.files("check_jsonschema.builtin_schemas.vendor") / "compose-spec.json").read_text()
    return Draft202012Validator(json.loads(text))


def test_validates_against_the_compose_specification(raw: dict[str, Any], compose: dict[str, Any]) -> None:
    validator = compose_spec_validator()
    for document in (raw, compose):
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)]
        assert not errors, errors


def test_the_validator_would_catch_a_broken_file(raw: dict[str, Any]) -> None:
    broken = json.loads(json.dumps(raw))
    broken["services"]["worker"]["depends_on"]["migrate"]["condition"] = "service_maybe"
    broken["services"]["web"]["healthcheck"]["intervals"] = "10s"
    assert len(list(compose_spec_validator().iter_errors(broken))) >= 2


def test_every_secret_is_required_from_the_environment(raw: dict[str, Any]) -> None:
    for missing in REQUIRED_SECRETS:
        env = {k: v for k, v in REQUIRED_SECRETS.items() if k != missing}
        with pytest.raises(MissingVariable, match=missing):
            interpolate(raw, env)


def test_no_hard_coded_secrets(raw: dict[str, Any]) -> None:
    """Secret-looking settings are `${NAME:?…}` (required, no default), passed through unset (`~`) or flags."""
    required = re.compile(r"^\$\{[A-Z_]+(:?\?[^}]*)?\}$")
    for name, service in raw["services"].items():
        for key, value in (service.get("environment") or {}).items():
            if _SECRET_NAME.search(key):
                assert value in (None, "true", "false") or required.match(str(value)), f"{name}.{key} = {value!r}"
        url = (service.get("environment") or {}).get("DATABASE_URL")
        if url:
            assert re.search(r":\$\{POSTGRES_PASSWORD:\?[^}]*\}@", url), url
    text = COMPOSE.read_text(encoding="utf-8")
    for literal in REQUIRED_SECRETS.values():
        assert literal not in text


def test_the_stack_has_every_service(compose: dict[str, Any]) -> None:
    assert set(compose["services"]) == LONG_RUNNING | ONE_SHOT


def test_long_running_services_have_healthchecks_and_one_shots_retry(compose: dict[str, Any]) -> None:
    services = compose["services"]
    for name in LONG_RUNNING:
        check = services[name].get("healthcheck")
        assert check and check["test"][0] in ("CMD", "CMD-SHELL") and check.get("interval"), name
        assert services[name]["restart"] == "unless-stopped", name
    for name in ONE_SHOT:
        assert services[name]["restart"] == "on-failure" and "healthcheck" not in services[name], name


def depends(compose: dict[str, Any], service: str) -> dict[str, str]:
    return {name: spec["condition"] for name, spec in compose["services"][service].get("depends_on", {}).items()}


def test_depends_on_waits_for_health_and_completed_setup(compose: dict[str, Any]) -> None:
    healthy, done = "service_healthy", "service_completed_successfully"
    assert depends(compose, "temporal-schema") == {"postgres": healthy}
    assert depends(compose, "temporal") == {"temporal-schema": done}
    assert depends(compose, "temporal-namespace") == {"temporal": healthy}
    assert depends(compose, "temporal-ui") == {"temporal": healthy}
    assert depends(compose, "migrate") == {"postgres": healthy}
    assert depends(compose, "worker") == {"migrate": done, "temporal-namespace": done, "mailpit": healthy}
    for name in ("inbound", "web"):
        assert depends(compose, name) == {"migrate": done, "temporal-namespace": done}
    for name, service in compose["services"].items():
        for target, spec in service.get("depends_on", {}).items():
            assert target in compose["services"] and spec["condition"] in (healthy, done), (name, target)
            if spec["condition"] == healthy:
                assert "healthcheck" in compose["services"][target], (name, target)
            else:
                assert target in ONE_SHOT, (name, target)


def test_temporal_runs_on_postgresql_with_its_schema_set_up(compose: dict[str, Any]) -> None:
    services = compose["services"]
    env = services["temporal"]["environment"]
    assert env["DB"] == "postgres12" and env["POSTGRES_SEEDS"] == "postgres"
    assert services["temporal"]["image"].startswith("temporalio/server:")
    setup = services["temporal-schema"]
    assert setup["image"].startswith("temporalio/admin-tools:")
    script = " ".join(setup["command"])
    for db in ("temporal", "temporal_visibility"):
        assert f"--db {db} setup-schema" in script
        kind = "temporal" if db == "temporal" else "visibility"
        assert f"--db {db} update-schema -d /etc/temporal/schema/postgresql/v12/{kind}/versioned" in script
    assert "--plugin postgres12 --ep postgres" in script
    dynamic = compose["configs"]["temporal-dynamic-config"]["content"]
    assert yaml.safe_load(dynamic)["system.forceSearchAttributesCacheRefreshOnRead"][0]["value"] is True


def test_namespace_job_registers_every_search_attribute(compose: dict[str, Any]) -> None:
    script = " ".join(compose["services"]["temporal-namespace"]["command"])
    kinds = {"KEYWORD": "Keyword", "DATETIME": "Datetime"}
    for key in SEARCH_ATTRIBUTES:
        assert f"{key.name}:{kinds[key.indexed_value_type.name.removeprefix('INDEXED_VALUE_TYPE_')]}" in script
    assert "search-attribute create" in script and "namespace create" in script


def test_web_ui_uses_the_http_services_codec_endpoint(compose: dict[str, Any]) -> None:
    services = compose["services"]
    endpoint = services["temporal-ui"]["environment"]["TEMPORAL_CODEC_ENDPOINT"]
    assert endpoint == f"http://localhost:8088/codec/{REQUIRED_SECRETS['REINTERVIEW_CODEC_TOKEN']}"
    web = services["web"]
    assert web["command"] == ["python", "-m", "web"] and "8088:8088" in web["ports"]
    assert web["environment"]["REINTERVIEW_HTTP_HOST"] == "0.0.0.0"
    ui_port = services["temporal-ui"]["ports"][0].split(":")[0]
    assert web["environment"]["REINTERVIEW_CODEC_CORS_ORIGIN"] == f"http://localhost:{ui_port}"


def test_processes_of_our_image(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert services["worker"]["command"] == ["python", "worker.py"]
    assert services["inbound"]["command"] == ["python", "-m", "inbound"]
    assert "2525:2525" in services["inbound"]["ports"]
    assert "apply_migrations" in services["migrate"]["command"][2]
    images = {services[name]["image"] for name in ("worker", "inbound", "web", "migrate")}
    assert images == {"reinterview:latest"}
    for name in ("worker", "inbound", "web", "migrate"):
        env = services[name]["environment"]
        assert env["DATABASE_URL"] == "postgresql://reinterview:pg-secret@postgres:5432/reinterview"
        assert env["REINTERVIEW_TEMPORAL_ADDRESS"] == "temporal:7233" and env["REINTERVIEW_SMTP_HOST"] == "mailpit"


def _seconds(duration: str) -> float:
    value = re.fullmatch(r"(?:PT)?(\d+)([SM]?)", duration.upper())
    assert value, duration
    return int(value.group(1)) * (60 if value.group(2) == "M" else 1)


def test_worker_scales_out_and_stops_gracefully(compose: dict[str, Any]) -> None:
    worker = compose["services"]["worker"]
    assert "container_name" not in worker and "ports" not in worker  # `--scale worker=N` needs neither
    assert set(worker["expose"]) == {"9000", "9464"}
    assert worker["stop_signal"] == "SIGTERM"
    grace = _seconds(worker["stop_grace_period"].removesuffix("s") + "S")
    assert grace > _seconds(worker["environment"]["REINTERVIEW_WORKER_GRACEFUL_SHUTDOWN"])
    assert "9000/metrics" in " ".join(worker["healthcheck"]["test"])
    assert not any("container_name" in service for service in compose["services"].values())


def test_dockerfile_runs_as_a_user_with_no_secrets() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert re.search(r"^FROM python:3\.11-slim\b", dockerfile, re.M)
    assert re.search(r"^USER reinterview$", dockerfile, re.M)
    assert 'CMD ["python", "worker.py"]' in dockerfile
    for line in dockerfile.splitlines():
        if line.startswith(("ENV", "ARG", " ")):
            assert not _SECRET_NAME.search(line.split("=")[0]), line
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert {".run", ".venv", ".env", ".git"} <= set(ignored)
