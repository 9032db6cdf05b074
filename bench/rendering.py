"""(f) Email rendering: templates rendered per second, zh-CN and en, against a trivial jinja2 template.

    .venv/bin/python -m bench.rendering [--seconds 3]

Each of the 16 emails is rendered (subject + text + HTML, as `render_email` does for the notification
activity) with the sample context the template tests use (tests/mail/test_templates.py, so the test extras
must be installed). The baseline renders a one-line template from an Environment configured like ours
(autoescape, StrictUndefined) in the same process, in the same run. Also timed: the template lookup, and what
the activity does after rendering (MIME assembly, .ics, serialisation for SMTP).
"""

from __future__ import annotations

import argparse
import functools
import time
from collections.abc import Callable
from datetime import UTC, datetime
from email.message import Message

import jinja2
from aiosmtplib.email import flatten_message

from bench.common import figure, header
from mail.ics import build_ics
from mail.message import build_message
from mail.render import LOCALES, RenderedEmail, email_environment, known_templates, render_email
from schemas.notifications import CalendarInvite
from tests.mail.test_templates import SAMPLES, context_for


def _rate(fn: Callable[[], object], seconds: float) -> float:
    """Calls per second of `fn`, run in batches for about `seconds` (after one warm-up call)."""
    fn()
    calls = 0
    batch = 1
    started = time.perf_counter()
    while (elapsed := time.perf_counter() - started) < seconds:
        for _ in range(batch):
            fn()
        calls += batch
        batch = min(batch * 2, 1024)
    return calls / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="time spent on each measured case")
    args = parser.parse_args()

    env = email_environment()
    templates = known_templates(env)
    header(
        "email rendering (bench/rendering.py)",
        {"templates": len(templates), "locales": "/".join(LOCALES), "seconds per case": args.seconds},
    )

    trivial_env = jinja2.Environment(autoescape=jinja2.select_autoescape(["html"]), undefined=jinja2.StrictUndefined)
    trivial = trivial_env.from_string("Hello {{ name }}")
    baseline = _rate(lambda: trivial.render(name="张三"), args.seconds)
    figure("baseline: trivial jinja2 template", f"{baseline:,.0f} renders/s")

    # Our side of a render without the template lookup: the three compiled templates, rendered directly.
    def direct(template: str, locale: str) -> Callable[[], object]:
        parts = [env.get_template(f"email/{template}/{p}") for p in ("subject.txt", "body.txt", "body.html")]
        values = {**context_for(template), "locale": locale}
        return lambda: [p.render(values) for p in parts]

    def all_in_turn(render: Callable[[str, str, dict], object], locale: str) -> Callable[[], object]:
        contexts = [(t, context_for(t)) for t in sorted(SAMPLES)]
        index = 0

        def one_email() -> object:
            nonlocal index
            template, context = contexts[index % len(contexts)]
            index += 1
            return render(template, locale, context)

        return one_email

    # As workers configure it (worker.py): auto_reload off, so the template list is read once per Environment.
    worker_env = email_environment(auto_reload=False)

    for locale in LOCALES:
        rate = _rate(all_in_turn(lambda t, lc, c: render_email(env, t, lc, c), locale), args.seconds)
        figure(
            f"render_email, default Environment, all 16 in turn, {locale}",
            f"{rate:,.0f} emails/s = {rate / baseline:.4f} x baseline ({1e6 / rate:,.0f} µs/email)",
        )
        rate = _rate(all_in_turn(lambda t, lc, c: render_email(worker_env, t, lc, c), locale), args.seconds)
        figure(
            f"render_email, worker's Environment (auto_reload=False), {locale}",
            f"{rate:,.0f} emails/s = {rate / baseline:.4f} x baseline ({1e6 / rate:,.0f} µs/email)",
        )

    slowest: list[tuple[float, str, str]] = []
    for locale in LOCALES:
        for template in templates:
            context = context_for(template)
            rate = _rate(functools.partial(render_email, worker_env, template, locale, context), args.seconds / 6)
            raw = _rate(direct(template, locale), args.seconds / 6)
            slowest.append(
                (
                    rate,
                    f"{template} {locale}",
                    (
                        f"{rate:,.0f}/s via render_email (worker), "
                        f"{raw:,.0f}/s rendering the 3 compiled templates directly"
                    ),
                )
            )
    print("  per template (slowest first):")
    for _, name, line in sorted(slowest)[:6]:
        print(f"    {name:<32} {line}")
    lookup = _rate(lambda: known_templates(env), args.seconds / 3)
    figure("known_templates(env), default Environment (walks the folder)", f"{lookup:,.0f} calls/s")

    # What send_email does with a rendered email before the network: MIME assembly, .ics, serialisation.
    print("  after rendering (per email, what NotificationActivities.send_email adds before SMTP):")
    invite = CalendarInvite(
        uid="run-1@reinterview",
        sequence=0,
        method="REQUEST",
        start=datetime(2026, 12, 3, 6, tzinfo=UTC),
        end=datetime(2026, 12, 3, 7, tzinfo=UTC),
        summary="Re-interview / 重新面试: 电商客服专员",
        location="https://meet.hr.example.com/reinterview/x",
        interviewer_id="i-7",
        candidate_id="c-1",
    )
    sender = "Re-interview <reinterview@hr.example.com>"
    for template, locale in (("invitation", "zh-CN"), ("interview_scheduled", "en")):
        rendered = render_email(env, template, locale, context_for(template))
        ics = (
            build_ics(invite, sender, [("张三", "c1@candidates.test"), ("李老师", "i7@interviewers.test")])
            if template == "interview_scheduled"
            else None
        )

        def assemble(rendered: RenderedEmail = rendered, ics: bytes | None = ics) -> Message:
            return build_message(
                rendered,
                sender,
                "张三",
                "c1@candidates.test",
                "<abc@hr.example.com>",
                "reply+token@reply.hr.example.com",
                ics,
            )

        message = assemble()
        built = _rate(assemble, args.seconds / 2)
        flattened = _rate(functools.partial(flatten_message, message), args.seconds / 2)
        line = f"build_message {1e6 / built:,.0f} µs, flatten for SMTP {1e6 / flattened:,.0f} µs"
        if ics is not None:
            line += f", build_ics {1e6 / _rate(lambda: build_ics(invite, sender, []), args.seconds / 2):,.0f} µs"
        figure(f"  {template} {locale}{' + .ics' if ics else ''}", line + f" ({len(flatten_message(message)):,} bytes)")


if __name__ == "__main__":
    main()
