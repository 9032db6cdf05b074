"""(e) Reply latency: from the gateway's SMTP 250 for a candidate's reply to the signal applied in the workflow.

    .venv/bin/python -m bench.reply_latency [--replies 100] [--poison-every 1.0]

A fresh embedded PostgreSQL (bulk-loaded archive), an SMTP sink process, a dev server, `python worker.py` and
the reply gateway `python -m inbound` on free ports, all with the same signing key. 2 × N re-interviews are
triggered and parked on the reply timer (invitation sent). Then, alternately, one at a time:
  * gateway: a reply email ("确认第1个时间" / "I confirm option 1", In-Reply-To the invitation's Message-ID,
    to the run's signed reply address) is sent over SMTP; the clock starts when DATA is answered 250;
  * baseline: the client signals `candidate_reply` directly; the clock starts before the call.
The clock stops at the `candidate replied` entry of the status query's timeline: its time is the workflow
task's (`workflow.now()`), i.e. when the signal was applied. "Seen" is when the polling client saw it.

With `--poison-every S`, another client sends a poison message every S seconds for the whole measurement (88 KB:
`wrote` + 64,000 spaces + `x`, base64, to a parked run's real reply address): each one's reading runs into the
time limit `inbound_read_timeout` (settings; 5 s) on each of its reads until it is a dead letter. All clients are
on 127.0.0.1, so the per-client message limit is raised for the run.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import secrets
import sys
import uuid
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import make_msgid

import aiosmtplib
import asyncpg
from temporalio.client import Client, WorkflowHandle

from bench.common import Stopwatch, figure, free_port, header, percentile, postgres, temp_dir, temporal_dev_server
from bench.dataset import Sizes, bulk_load, candidate_id, job_of
from bench.drive import low_score
from bench.processes import child, reinterview_worker, smtp_sink_process, worker_env
from inbound.tokens import KeyRing, reply_address
from schemas.contract import CandidateReply
from service import reinterviews
from service.settings import Settings

TARGET_P95 = 0.5
READY_GATEWAY = "reply gateway listening"


async def _applied(handle: WorkflowHandle, since: datetime, timeout: float = 30) -> tuple[datetime, datetime]:
    """(timeline time of the applied reply, wall time the client saw it), polling the status query."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        status = await reinterviews.status(handle)
        entry = next((e for e in status.timeline if e.event.startswith("candidate replied") and e.at >= since), None)
        if entry is not None:
            return entry.at, datetime.now(UTC)
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(f"{handle.id}: no reply applied within {timeout:.0f} s")
        await asyncio.sleep(0.01)


def _poison(to: str) -> bytes:
    body = base64.encodebytes(("wrote" + " " * 64_000 + "x\n").encode())
    return (
        f"From: p@poison.test\r\nTo: {to}\r\nSubject: poison\r\nMessage-ID: {make_msgid(domain='poison.test')}\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    ).encode() + body


async def _poison_stream(
    port: int, every: float, settings: Settings, ring: KeyRing, client: Client, handles: list[WorkflowHandle]
) -> None:
    """One poison message every `every` seconds, each on its own connection, until cancelled."""
    run_id = (await client.get_workflow_handle(handles[-1].id).describe()).run_id
    to = reply_address(settings, ring, run_id, datetime.now(UTC))
    raw = _poison(to)
    while True:
        started = asyncio.get_running_loop().time()
        try:
            await aiosmtplib.send(raw, sender="p@poison.test", recipients=[to], hostname="127.0.0.1", port=port)
        except aiosmtplib.SMTPException as exc:
            print(f"  poison refused: {exc}")
        await asyncio.sleep(max(0.0, every - (asyncio.get_running_loop().time() - started)))


def _line(name: str, values: list[float]) -> None:
    figure(
        name,
        f"p50 {percentile(values, 50) * 1000:.0f} ms, p95 {percentile(values, 95) * 1000:.0f} ms, "
        f"max {max(values) * 1000:.0f} ms (n={len(values)})",
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replies", type=int, default=100, help="replies through each path (N)")
    parser.add_argument("--poison-every", type=float, default=0.0, help="seconds between poison messages (0: none)")
    args = parser.parse_args()
    n = args.replies
    sizes = Sizes(candidates=2 * n, jobs=max(1, n // 5))
    header(
        "reply latency (bench/reply_latency.py)",
        {
            "replies per path": n,
            "parked runs": 2 * n,
            "dev server": "in memory",
            "poison every": f"{args.poison_every} s" if args.poison_every else "never",
        },
    )
    tag = uuid.uuid4().hex[:8]
    queue = f"bench-reply-{tag}"
    key_id = "bench"
    keys = {key_id: base64.b64encode(secrets.token_bytes(32)).decode()}
    inbound_port = free_port()

    with temp_dir("reinterview-bench-run-") as run_dir, smtp_sink_process(run_dir / "sink.log") as (_, smtp_port):
        async with postgres() as pg, temporal_dev_server(file_backed=False) as env:
            conn = await asyncpg.connect(pg.dsn)
            await bulk_load(conn, sizes)
            client: Client = env.client
            variables = {
                **worker_env(
                    address=client.service_client.config.target_host,
                    task_queue=queue,
                    dsn=pg.dsn,
                    smtp_port=smtp_port,
                    data_dir=run_dir,
                ),
                "REINTERVIEW_SIGNING_KEYS": json.dumps(keys),
                "REINTERVIEW_SIGNING_KEY_ID": key_id,
                "REINTERVIEW_INBOUND_PORT": str(inbound_port),
                "REINTERVIEW_INBOUND_MAX_MESSAGES_PER_CLIENT_MINUTE": "100000",
            }
            settings = Settings(signing_keys=keys, signing_key_id=key_id)
            ring = KeyRing.from_settings(settings)
            gateway_command = [sys.executable, "-m", "inbound"]
            async with (
                reinterview_worker(variables, run_dir / "worker.log"),
                child(gateway_command, env=variables, log=run_dir / "gateway.log", ready=READY_GATEWAY),
            ):
                parking = Stopwatch()
                gate = asyncio.Semaphore(32)

                async def trigger(i: int) -> WorkflowHandle:
                    async with gate:
                        return await reinterviews.trigger(
                            client, queue, candidate_id(i), job_of(i, sizes), low_score(i, sizes, tag), None
                        )

                handles = await asyncio.gather(*(trigger(i) for i in range(2 * n)))
                query = f"ReinterviewStage = 'awaiting_confirmation' AND TaskQueue = '{queue}'"
                while (await client.count_workflows(query)).count < 2 * n:
                    await asyncio.sleep(0.5)
                figure("runs parked on the reply timer", f"{2 * n} in {parking.elapsed:.0f} s")
                await asyncio.sleep(2)  # let the last HR e-mails go out

                poison = (
                    asyncio.create_task(
                        _poison_stream(inbound_port, args.poison_every, settings, ring, client, handles)
                    )
                    if args.poison_every
                    else None
                )
                via_gateway: list[float] = []
                gateway_seen: list[float] = []
                direct: list[float] = []
                direct_seen: list[float] = []
                for k in range(n):
                    i = 2 * k
                    handle = client.get_workflow_handle(handles[i].id)
                    run_id = (await handle.describe()).run_id
                    invitation = await conn.fetchval(
                        "SELECT message_id FROM outbound_emails WHERE workflow_id = $1 AND template = 'invitation'",
                        handle.id,
                    )
                    message = EmailMessage()
                    message["From"] = f"c{i}@candidates.test"
                    message["To"] = reply_address(settings, ring, run_id, datetime.now(UTC))
                    message["Subject"] = "Re: 重新面试邀请 / Re-interview invitation"
                    message["Message-ID"] = make_msgid(domain="candidates.test")
                    message["In-Reply-To"] = invitation
                    message["References"] = invitation
                    message.set_content("确认第1个时间" if i % 2 == 0 else "I confirm option 1")
                    async with aiosmtplib.SMTP(hostname="127.0.0.1", port=inbound_port) as smtp:
                        await smtp.send_message(message)
                        accepted = datetime.now(UTC)  # DATA answered 250
                    applied, seen = await _applied(handle, accepted)
                    via_gateway.append((applied - accepted).total_seconds())
                    gateway_seen.append((seen - accepted).total_seconds())

                    handle = client.get_workflow_handle(handles[i + 1].id)
                    sent = datetime.now(UTC)
                    await reinterviews.reply(
                        handle, CandidateReply(intent="confirm", slot=1, message_id=f"<direct-{k}@bench>")
                    )
                    applied, seen = await _applied(handle, sent)
                    direct.append((applied - sent).total_seconds())
                    direct_seen.append((seen - sent).total_seconds())
                if poison is not None:
                    poison.cancel()
                    await asyncio.gather(poison, return_exceptions=True)
                statuses = await conn.fetch("SELECT status, reason, count(*) FROM inbound_mail GROUP BY 1, 2")
            await conn.close()

    print("== result")
    figure(
        "inbound rows by status",
        ", ".join(f"{r['status']}{'/' + r['reason'] if r['reason'] else ''} {r['count']}" for r in statuses),
    )
    _line("gateway 250 → signal applied (timeline)", via_gateway)
    _line("gateway 250 → seen by a polling client", gateway_seen)
    _line("baseline: client signal → applied (timeline)", direct)
    _line("baseline: client signal → seen", direct_seen)
    overhead = [g - d for g, d in zip(sorted(via_gateway), sorted(direct), strict=True)]
    figure(
        "gateway's share (p50 / p95 difference)",
        f"{percentile(overhead, 50) * 1000:.0f} ms / "
        f"{(percentile(via_gateway, 95) - percentile(direct, 95)) * 1000:.0f} ms",
    )
    p95 = percentile(via_gateway, 95)
    verdict = "met" if p95 <= TARGET_P95 else "NOT met"
    figure(f"target p95 <= {TARGET_P95 * 1000:.0f} ms", f"{p95 * 1000:.0f} ms: {verdict}")


if __name__ == "__main__":
    watch = Stopwatch()
    asyncio.run(main())
    print(f"  (benchmark took {watch.elapsed:.0f} s)")
