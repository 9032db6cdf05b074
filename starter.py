"""HR ops' command line over the public contract: import the archive, trigger, steer and inspect re-interviews.

Examples:
  python starter.py import data/demo.json
  python starter.py trigger --job job-ecom-support --candidate cand-001 --kind manual --reason "HR decision"
  python starter.py trigger --job J --candidate C '{"kind": "candidate_request", "reason": "第三题答得不好"}'
  python starter.py status --job J --candidate C
  python starter.py reply --job J --candidate C --intent confirm --slot 1
  python starter.py result --job J --candidate C --payload-file result.json     # or `-`: JSON from stdin
  python starter.py hr-decision --job J --candidate C --approve --note-file -     # the note from stdin
  python starter.py list --stage awaiting_confirmation
  python starter.py requirement-change --job J --add-dimension data_analysis=0.2 --level mid --wait
  python starter.py mail dead-letters [--json] [--limit 100]
  python starter.py deploy status | set-current [--build-id B] | ramp --build-id B --percent 10 | retire --build-id B
  python starter.py hr login-link [--print]
  python starter.py analytics --by job --since 2026-01-01 --format csv
  python starter.py analytics generate --runs 3000 --replace
  python starter.py mail explain reply.eml [--json] [--db]

Free text and result JSON are personal data: give them in a file or on stdin (`--text-file`, `--note-file`,
`--reason-file`, `--payload-file`, `-` for stdin). Given on the command line, every user of this machine can
read them (`ps`, /proc/<pid>/cmdline) and the shell's history keeps them, so the command warns.

Talking to the embedded stack (`make up`), it uses the stack's codec keys from the data dir (`.run/`), so what it
sends is encrypted like everything else; REINTERVIEW_CODEC_KEYS / _KEY_ID in the environment win.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from pathlib import Path
from typing import Any, TypeVar

import asyncpg
from pydantic import BaseModel, ValidationError
from temporalio.client import WorkflowUpdateFailedError
from temporalio.service import RPCError

from codec.keys import load_local_codec_keys
from schemas.contract import (
    CancelRequest,
    CandidateReply,
    HrDecision,
    ReportViewed,
    SubmitResult,
    TrainingCompleted,
    TriggerSignal,
)
from schemas.errors import describe_validation_error
from service import reinterviews
from service.deploy_command import add_deploy_parser, cmd_deploy
from service.ids import PersonalIdError, check_ids
from service.logging import configure_logging
from service.names import WORKFLOW_TYPE
from service.settings import Settings
from service.temporal_client import connect, exit_without_teardown


class UsageError(Exception):
    """Bad command-line input; printed as one line, exit status 2."""


log = logging.getLogger("starter")


def _warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def _read_source(source: str, what: str) -> str:
    """The text of file `source`, or of stdin for `-`."""
    if source == "-":
        return sys.stdin.read()
    try:
        return Path(source).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{what}: cannot read {source}: {exc}") from exc


def _on_command_line(option: str, file_option: str) -> None:
    _warn(
        f"{option} puts personal data on the command line, where other users of this machine can read it (ps, "
        f"/proc/<pid>/cmdline) and your shell history keeps it; use {file_option} FILE, or {file_option} - for stdin"
    )


def _free_text(args: argparse.Namespace, name: str) -> str | None:
    """Free text from `--NAME-file FILE|-`, else from `--NAME` (with a warning: personal text in argv)."""
    inline, source = getattr(args, name, None), getattr(args, f"{name}_file", None)
    option = f"--{name.replace('_', '-')}"
    if inline is not None and source is not None:
        raise UsageError(f"give {option} or {option}-file, not both")
    if source is not None:
        return _read_source(source, f"{option}-file").rstrip("\n")
    if inline:
        _on_command_line(option, f"{option}-file")
    return inline


def _json_payload(args: argparse.Namespace, *, warn_inline: bool) -> str | None:
    """The JSON payload from `--payload-file FILE|-`, `-` as the argument (stdin), or the argument itself."""
    inline, source = args.payload, args.payload_file
    if inline is not None and source is not None:
        raise UsageError("give the JSON payload as an argument or with --payload-file, not both")
    if source is not None:
        return _read_source(source, "--payload-file")
    if inline == "-":
        return _read_source("-", "payload")
    if inline is not None and warn_inline:
        _on_command_line("the JSON payload", "--payload-file")
    return str(inline) if inline is not None else None


Model = TypeVar("Model", bound=BaseModel)


def _parse(model: type[Model], raw: str | dict[str, Any], what: str) -> Model:
    try:
        data = json.loads(raw) if isinstance(raw, str) else raw
    except json.JSONDecodeError as exc:
        raise UsageError(f"{what}: not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") from exc
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise UsageError(f"{what}: {describe_validation_error(exc)}") from exc


def _print(value: Any) -> None:
    if isinstance(value, BaseModel):
        value = value.model_dump(mode="json")
    print(json.dumps(value, ensure_ascii=False, indent=2))


async def cmd_import(args: argparse.Namespace, settings: Settings) -> int:
    from db.importer import ArchiveImportError, import_file
    from db.migrate import apply_migrations
    from db.pool import create_pool
    from service.name_masking import remember_archive_names
    from worker import database_url

    pool = await create_pool(await database_url(settings))
    try:
        await apply_migrations(pool)
        try:
            report = await import_file(pool, Path(args.file), strict_ids=settings.strict_ids)
            await remember_archive_names(pool)  # this process's own log lines from here on
        except ArchiveImportError as exc:
            print(f"import of {args.file} failed; nothing was written:\n{exc}", file=sys.stderr)
            return 1
    finally:
        await pool.close()
    print(f"imported {args.file}: {report}")
    return 0


async def cmd_dead_letters(args: argparse.Namespace, settings: Settings) -> int:
    """List inbound mail that reached no workflow (newest first), with the reason it was kept aside."""
    from db.migrate import apply_migrations
    from db.pool import create_pool
    from inbound.repository import list_dead_letters
    from worker import database_url

    pool = await create_pool(await database_url(settings))
    try:
        await apply_migrations(pool)
        letters = await list_dead_letters(pool, args.limit)
    finally:
        await pool.close()
    if args.json:
        print(json.dumps([letter.model_dump(mode="json") for letter in letters], ensure_ascii=False, indent=2))
        return 0
    if not letters:
        print("no dead letters")
        return 0
    rows = [("ID", "RECEIVED", "FROM", "REASON", "DETAIL")]
    for letter in letters:
        detail = " ".join((letter.detail or letter.subject or "").split())
        rows.append(
            (
                str(letter.id),
                letter.received_at.astimezone().strftime("%Y-%m-%d %H:%M:%S %z"),
                letter.mail_from or "<>",
                letter.reason,
                detail[:80] + ("…" if len(detail) > 80 else ""),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)) + "  " + row[4])
    print(f"{len(letters)} dead letter(s){' (limit reached; see --limit)' if len(letters) == args.limit else ''}")
    return 0


def _trigger_payload(args: argparse.Namespace) -> TriggerSignal:
    signal = _trigger_fields(args)
    problems = signal.problems()
    if problems:
        raise UsageError(f"trigger: {'; '.join(problems)}")
    return signal


def _trigger_fields(args: argparse.Namespace) -> TriggerSignal:
    # A trigger's JSON holds personal data only in its free text (a candidate's reason): warn for that alone.
    payload = _json_payload(args, warn_inline=False)
    if payload:
        if args.payload not in (None, "-") and '"reason"' in payload:
            _on_command_line("a trigger JSON with a reason", "--payload-file")
        return _parse(TriggerSignal, payload, "trigger")
    if not args.kind:
        raise UsageError("trigger: give a JSON payload or --kind")
    data: dict[str, Any] = {"kind": args.kind, "reason": _free_text(args, "reason"), "requested_by": args.by}
    if args.added_dimensions:
        data["added_dimensions"] = [d.strip() for d in args.added_dimensions.split(",") if d.strip()]
    return _parse(TriggerSignal, data, "trigger")


def _payload(args: argparse.Namespace) -> BaseModel | None:
    """The command's contract payload, validated before anything is sent."""
    if args.command == "trigger":
        return _trigger_payload(args)
    if args.command == "result":
        payload = _json_payload(args, warn_inline=True)
        if payload is None:
            raise UsageError("result: give the submit_result JSON with --payload-file FILE (or - for stdin)")
        return _parse(SubmitResult, payload, "result")
    if args.command == "reply":
        text = _free_text(args, "text") or ""
        return _parse(CandidateReply, {"intent": args.intent, "slot": args.slot, "text": text}, "reply")
    if args.command == "training":
        return _parse(TrainingCompleted, {"course_id": args.course, "assessment_score": args.score}, "training")
    return None


async def cmd_mail_explain(args: argparse.Namespace, settings: Settings) -> int:
    """How the service reads one message: automated or not and why, new text, intent, slot, confidence, rule."""
    from inbound.explain import envelope_sender, explain, format_explanation, references
    from inbound.reading import KnownFacts

    path = Path(args.file)
    try:
        raw = await asyncio.to_thread(path.read_bytes)
    except OSError as exc:
        raise UsageError(f"{path}: cannot read the message: {exc.strerror or exc}") from None
    if not raw.strip():
        raise UsageError(f"{path}: the file is empty, not a message")
    mail_from = envelope_sender(raw) if args.mail_from is None else args.mail_from
    facts, replied_to = KnownFacts(confidence_bar=settings.reply_confidence_bar), None
    if args.db:
        from db.pool import create_pool
        from db.repositories.fingerprints import replied_to as find_replied_to
        from worker import database_url

        pool = await create_pool(await database_url(settings))
        try:
            sent = await find_replied_to(pool, references(raw), None)
        finally:
            await pool.close()
        if sent is not None:
            facts = KnownFacts(sent.sent, sent.offered, settings.reply_confidence_bar)
            replied_to = sent.message_id
    data = explain(raw, mail_from, facts, replied_to)
    print(json.dumps(data, ensure_ascii=False, indent=2) if args.json else format_explanation(data))
    return 0


async def cmd_workflow(args: argparse.Namespace, settings: Settings) -> int:
    payload = _payload(args)
    if args.command == "trigger":
        # Before signal-with-start: once sent, the ids are stored in Temporal (workflow id, search attributes).
        ids = (("--job", args.job), ("--candidate", args.candidate))
        try:
            for warning in check_ids(ids, strict=settings.strict_ids):
                _warn(warning)
                log.warning("trigger: %s", warning)
        except PersonalIdError as exc:
            raise UsageError(f"trigger: {exc}; nothing was sent") from exc
    client = await connect(settings)
    if args.command == "list":
        clauses = [f"WorkflowType = '{WORKFLOW_TYPE}'"]
        filters = (("ReinterviewStage", args.stage), ("JobId", args.job), ("ReinterviewOutcome", args.outcome))
        for attr, value in filters:
            if value:
                if "'" in value:
                    raise UsageError(f"list: {attr} value must not contain quotes")
                clauses.append(f"{attr} = '{value}'")
        async for wf in client.list_workflows(" AND ".join(clauses)):
            sa = wf.search_attributes
            print(
                wf.id,
                wf.status.name if wf.status else "",
                *(sa.get(k, [""])[0] for k in ("ReinterviewStage", "TriggerKind", "ReinterviewOutcome")),
            )
        return 0
    try:
        h = reinterviews.handle(client, args.job, args.candidate)
    except ValueError as exc:
        raise UsageError(f"{args.command}: {exc}") from exc
    if args.command == "trigger":
        assert isinstance(payload, TriggerSignal)
        try:
            h = await reinterviews.trigger(
                client, settings.task_queue, args.candidate, args.job, payload, settings.policy()
            )
        except (reinterviews.TriggerRejected, ValueError) as exc:
            raise UsageError(f"trigger: {exc}") from exc
        print(f"triggered {h.id} (run {h.result_run_id or 'already running: merged'})")
        print(f"Web UI: {settings.temporal_ui_url}/namespaces/{settings.temporal_namespace}/workflows/{h.id}")
    elif args.command == "status":
        _print(await reinterviews.status(h))
    elif args.command == "report":
        _print(await reinterviews.report(h))
    elif args.command == "reply":
        assert isinstance(payload, CandidateReply)
        await reinterviews.reply(h, payload)
        print("reply sent")
    elif args.command == "training":
        assert isinstance(payload, TrainingCompleted)
        await reinterviews.training_completed(h, payload)
        print("training recorded")
    elif args.command == "hr-decision":
        note = _free_text(args, "note") or ""
        await reinterviews.hr_decision(h, HrDecision(approved=args.approve, note=note, by=args.by))
        print("decision sent")
    elif args.command == "report-viewed":
        await reinterviews.report_viewed(h, ReportViewed(by=args.by))
        print("recorded")
    elif args.command == "cancel":
        await reinterviews.cancel(h, CancelRequest(reason=_free_text(args, "reason") or "", by=args.by))
        print("cancel sent")
    elif args.command == "result":
        assert isinstance(payload, SubmitResult)
        try:
            ack = await reinterviews.submit_result(h, payload)
        except WorkflowUpdateFailedError as exc:
            cause = exc.cause.message if exc.cause is not None and hasattr(exc.cause, "message") else str(exc)
            raise UsageError(f"result rejected: {cause}") from exc
        _print(ack)
    return 0


def _additions(items: list[str]) -> dict[str, float]:
    """`--add-dimension data_analysis=0.2` (repeatable) as {dimension: weight}."""
    additions: dict[str, float] = {}
    for item in items:
        code, sep, weight = item.partition("=")
        try:
            if not sep or not code.strip():
                raise ValueError
            additions[code.strip()] = float(weight)
        except ValueError:
            raise UsageError(
                f"requirement-change: --add-dimension {item!r}: write DIMENSION=WEIGHT, e.g. data_analysis=0.2"
            ) from None
    return additions


async def cmd_requirement_change(args: argparse.Namespace, settings: Settings) -> int:
    """Record the job's next version and re-interview its active candidates through RequirementChangeWorkflow."""
    from temporalio.client import WorkflowExecutionStatus, WorkflowFailureError
    from temporalio.common import WorkflowIDConflictPolicy
    from temporalio.exceptions import FailureError, TemporalError

    from policy.job_versions import default_change_id
    from schemas.requirement_change import RequirementChangeInput, RequirementChangeProgress
    from workflows.requirement_change import RequirementChangeWorkflow, requirement_change_workflow_id

    additions = _additions(args.add_dimension)
    fields: dict[str, Any] = {
        "job_id": args.job,
        "change_id": args.change_id or default_change_id(args.job, additions, args.level),
        "add_dimensions": additions,
        "level": args.level,
        "policy": settings.policy().model_dump(),
        "page_size": args.page_size,
    }
    if args.page_interval is not None:
        fields["page_interval_s"] = args.page_interval
    change: RequirementChangeInput = _parse(RequirementChangeInput, fields, "requirement-change")
    client = await connect(settings)
    handle = await client.start_workflow(
        RequirementChangeWorkflow.run,
        change,
        id=requirement_change_workflow_id(change.job_id, change.change_id),
        task_queue=settings.task_queue,
        id_conflict_policy=WorkflowIDConflictPolicy.USE_EXISTING,
        static_summary=f"需求变更 / requirement change · job {change.job_id} · {change.change_id}",
    )
    print(f"requirement change {change.change_id} of job {change.job_id}: batch {handle.id}")
    print(f"Web UI: {settings.temporal_ui_url}/namespaces/{settings.temporal_namespace}/workflows/{handle.id}")
    progress: RequirementChangeProgress | None = None
    for _ in range(int(args.timeout / 0.25)):
        described = await handle.describe()
        if described.status not in (WorkflowExecutionStatus.RUNNING, WorkflowExecutionStatus.COMPLETED):
            try:
                await handle.result()
            except WorkflowFailureError as exc:
                cause = exc.cause
                while isinstance(cause, TemporalError) and cause.cause is not None:
                    cause = cause.cause
                reason = cause.message if isinstance(cause, FailureError) else None
                print(f"error: requirement change refused: {reason or exc}", file=sys.stderr)
            return 1
        progress = await handle.query(RequirementChangeWorkflow.progress)
        if progress.job_version is not None and (progress.done or not args.wait):
            break
        await asyncio.sleep(0.25)
    if progress is None or progress.job_version is None:
        print(
            f"the batch has not recorded the job version yet; follow it with: temporal workflow query "
            f"-w {handle.id} --name progress",
            file=sys.stderr,
        )
        return 1
    print(f"job {change.job_id} is now version {progress.job_version}: weights {json.dumps(progress.weights)}")
    print(f"active candidates: {progress.total_active}")
    if args.wait and progress.done:
        print(
            f"re-interviews started: {progress.started}, merged into running ones: {progress.merged}, "
            f"already started by an earlier run: {progress.already_done}, failed: {progress.failed}"
        )
        for failure in progress.failures:
            print(f"  {failure.candidate_id}: {failure.reason}")
        return 1 if progress.failed else 0
    print(f"fan-out running; progress: temporal workflow query -w {handle.id} --name progress")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="starter.py", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    imp = sub.add_parser("import", help="import an archive JSON file (all or nothing)")
    imp.add_argument("file")

    def target(name: str, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help)
        p.add_argument("--job", required=True)
        p.add_argument("--candidate", required=True)
        return p

    t = target("trigger", "signal-with-start the `trigger` signal")
    t.add_argument("payload", nargs="?", help="CONTRACT trigger JSON (`-`: read it from stdin)")
    t.add_argument("--payload-file", metavar="FILE", help="the trigger JSON from FILE (`-`: stdin)")
    t.add_argument("--kind", choices=["ai_result", "requirement_change", "candidate_request", "manual"])
    t.add_argument("--reason", help="free text: prefer --reason-file")
    t.add_argument("--reason-file", metavar="FILE", help="the reason from FILE (`-`: stdin)")
    t.add_argument("--added-dimensions")
    t.add_argument("--by", default="hr")
    target("status", "query `status`")
    target("report", "query `report`")
    r = target("reply", "signal `candidate_reply`")
    r.add_argument("--intent", required=True, choices=["confirm", "decline", "reschedule", "question"])
    r.add_argument("--slot", type=int)
    r.add_argument("--text", help="free text: prefer --text-file")
    r.add_argument("--text-file", metavar="FILE", help="the reply's text from FILE (`-`: stdin)")
    tr = target("training", "signal `training_completed`")
    tr.add_argument("--course", required=True)
    tr.add_argument("--score", type=float, required=True)
    d = target("hr-decision", "signal `hr_decision`")
    g = d.add_mutually_exclusive_group(required=True)
    g.add_argument("--approve", action="store_true")
    g.add_argument("--reject", dest="approve", action="store_false")
    d.add_argument("--note", help="free text: prefer --note-file")
    d.add_argument("--note-file", metavar="FILE", help="the note from FILE (`-`: stdin)")
    d.add_argument("--by", default="hr")
    v = target("report-viewed", "signal `report_viewed`")
    v.add_argument("--by", default="interviewer", choices=["interviewer", "hr"])
    c = target("cancel", "signal `cancel`")
    c.add_argument("--reason", help="free text: prefer --reason-file")
    c.add_argument("--reason-file", metavar="FILE", help="the reason from FILE (`-`: stdin)")
    c.add_argument("--by", default="hr")
    res = target("result", "update `submit_result`")
    res.add_argument("payload", nargs="?", help="CONTRACT submit_result JSON (prefer --payload-file; `-`: stdin)")
    res.add_argument("--payload-file", metavar="FILE", help="the submit_result JSON from FILE (`-`: stdin)")
    ls = sub.add_parser("list", help="find re-interviews by search attributes")
    ls.add_argument("--stage")
    ls.add_argument("--job")
    ls.add_argument("--outcome")
    rc = sub.add_parser(
        "requirement-change", help="add dimensions to a job (new version) and re-interview every active candidate of it"
    )
    rc.add_argument("--job", required=True)
    rc.add_argument(
        "--add-dimension",
        action="append",
        required=True,
        metavar="DIMENSION=WEIGHT",
        help="a new dimension and its weight, e.g. data_analysis=0.2 (repeatable)",
    )
    rc.add_argument("--level", help="the job's level from this version on, e.g. mid")
    rc.add_argument("--change-id", help="names the change; default derived from the job and the additions")
    rc.add_argument("--page-size", type=int, default=100, help="candidates started per page")
    rc.add_argument(
        "--page-interval",
        type=float,
        default=None,
        help="seconds per page of 100 starts (default 0.4 = 250 starts/s; 0 = no limit)",
    )
    rc.add_argument("--wait", action="store_true", help="wait for the fan-out to finish and print its counts")
    rc.add_argument("--timeout", type=float, default=600, help="seconds to wait for the batch")
    mail = sub.add_parser("mail", help="inbound mail (candidates' replies)")
    mail_sub = mail.add_subparsers(dest="mail_command", required=True)
    dl = mail_sub.add_parser("dead-letters", help="replies that reached no workflow, newest first, with the reason")
    dl.add_argument("--json", action="store_true", help="print JSON (every field) instead of a table")
    dl.add_argument("--limit", type=int, default=100, help="at most this many (default 100)")
    ex = mail_sub.add_parser("explain", help="how the service reads a message (.eml): automated?, new text, intent")
    ex.add_argument("file", help="the message as received (RFC 5322 bytes, e.g. saved .eml)")
    ex.add_argument("--json", action="store_true", help="print JSON instead of text")
    ex.add_argument(
        "--db", action="store_true", help="use the replied-to email's fingerprint and offered times from PostgreSQL"
    )
    ex.add_argument(
        "--from", dest="mail_from", default=None, help="envelope sender (MAIL FROM); default: the From address"
    )
    add_deploy_parser(sub)
    an = sub.add_parser(
        "analytics",
        help="what re-interviews achieve: the figures of the HR analytics page (R-X), or `generate` a demo history",
    )
    an.add_argument("--job")
    an.add_argument("--family")
    an.add_argument(
        "--trigger", help="trigger kind: low_score, incomplete, requirement_change, candidate_request, manual"
    )
    an.add_argument("--course", help="runs whose candidate completed this course during the run")
    an.add_argument("--since", help="runs started on or after this day (YYYY-MM-DD, Asia/Shanghai) or ISO time")
    an.add_argument("--until", help="runs started on or before this day (inclusive) or before this ISO time")
    an.add_argument("--by", default="all", choices=["all", "job", "family", "course", "trigger", "month"])
    an.add_argument("--format", default="table", choices=["table", "csv", "json"])
    an_sub = an.add_subparsers(dest="analytics_command")
    gen = an_sub.add_parser(
        "generate",
        help="write a seeded history of past re-interviews (ids gen-…) for the demo; see analytics/generate.py",
    )
    gen.add_argument("--runs", type=int, default=3000, help="re-interviews to generate (default 3000)")
    gen.add_argument("--months", type=int, default=12, help="spread over this many months before --end")
    gen.add_argument("--end", help="the history ends here (YYYY-MM-DD; default now)")
    gen.add_argument("--seed", type=int, default=7)
    gen.add_argument("--replace", action="store_true", help="remove an earlier generated history first")
    hr = sub.add_parser("hr", help="HR's web pages")
    hr_sub = hr.add_subparsers(dest="hr_command", required=True)
    login = hr_sub.add_parser("login-link", help="email a sign-in link for the HR pages to the HR mailbox")
    login.add_argument("--print", action="store_true", help="print the link instead of emailing it")
    return parser


async def cmd_hr_login_link(args: argparse.Namespace, settings: Settings) -> int:
    """A signed, expiring link that opens an HR session (the embedded stack's keys from the data dir)."""
    from datetime import UTC, datetime

    from inbound.tokens import KEY_FILE_NAME, load_or_create_signing_keys
    from web.hr_login import LoginLinkError, mint_login_link, send_login_link

    if not settings.signing_keys and (Path(settings.data_dir) / KEY_FILE_NAME).exists():
        settings = load_or_create_signing_keys(settings)
    try:
        if args.print:
            link, expires_at = mint_login_link(settings, datetime.now(UTC))
            print(link)
            print(f"valid until {expires_at.isoformat()}", file=sys.stderr)
            return 0
        to = await send_login_link(settings, datetime.now(UTC))
    except LoginLinkError as exc:
        raise UsageError(str(exc)) from None
    print(f"sign-in link sent to {to} (valid for {settings.hr_login_ttl})")
    return 0


async def cmd_analytics(args: argparse.Namespace, settings: Settings) -> int:
    """The analytics figures (the same as the HR page's) for these filters, or `generate` a demo history."""
    from analytics.export import render
    from analytics.figures import FilterError, make_filters, parse_day, parse_group_by
    from analytics.generate import generate, load_archive, remove, write
    from db.migrate import apply_migrations
    from db.pool import create_pool
    from db.repositories.analytics import AnalyticsRepository
    from worker import database_url

    try:
        filters = make_filters(
            job=args.job,
            family=args.family,
            trigger=args.trigger,
            course=args.course,
            since=args.since,
            until=args.until,
        )
        by = parse_group_by(args.by)
        end = parse_day(args.end, "--end") if args.analytics_command == "generate" and args.end else None
    except FilterError as exc:
        raise UsageError(str(exc)) from None
    pool = await create_pool(await database_url(settings))
    try:
        await apply_migrations(pool)
        if args.analytics_command == "generate":
            from datetime import UTC, datetime

            jobs, courses = await load_archive(pool)
            if not jobs:
                raise UsageError("the archive has no jobs: import one first (starter.py import data/demo.json)")
            if args.runs < 0 or args.months < 1:
                raise UsageError(f"--runs must be ≥ 0 and --months ≥ 1 (got {args.runs}, {args.months})")
            if args.replace:
                await remove(pool)
            history = generate(
                jobs, courses, runs=args.runs, end=end or datetime.now(UTC), months=args.months, seed=args.seed
            )
            try:
                counts = await write(pool, history)
            except asyncpg.UniqueViolationError:
                raise UsageError(
                    f"a history with seed {args.seed} is already there: add --replace, or use another --seed"
                ) from None
            print(", ".join(f"{table} {n}" for table, n in counts.items()))
            return 0
        report = await AnalyticsRepository(pool).report(filters, by)
    finally:
        await pool.close()
    sys.stdout.write(render(report, args.format))
    return 0


async def main(argv: list[str] | None = None, settings: Settings | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = settings or Settings()
    try:
        if args.command == "import":
            return await cmd_import(args, settings)
        if args.command == "mail":
            if args.mail_command == "explain":
                return await cmd_mail_explain(args, settings)
            return await cmd_dead_letters(args, settings)
        if args.command == "requirement-change":
            return await cmd_requirement_change(args, settings)
        if args.command == "deploy":
            return await cmd_deploy(args, settings, await connect(settings))
        if args.command == "analytics":
            return await cmd_analytics(args, settings)
        if args.command == "hr":
            return await cmd_hr_login_link(args, settings)
        return await cmd_workflow(args, settings)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except RPCError as exc:
        print(f"error: Temporal said: {exc.message}", file=sys.stderr)
        return 1


def cli() -> int:
    """The command as people run it: the embedded stack's local codec keys, logs with PII masked."""
    settings = load_local_codec_keys(Settings())
    configure_logging(settings, level=logging.WARNING)
    return asyncio.run(main(settings=settings))


if __name__ == "__main__":
    exit_without_teardown(cli())
