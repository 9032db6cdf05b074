"""Small archives built in code for workflow tests: ids, numbers and times the demo data never uses."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from schemas.archive import ArchiveImport


def availability(start: datetime, days: int = 60) -> list[dict[str, str]]:
    """Two windows a day (09–12, 14–18 UTC) for `days` days from `start`, every day of the week."""
    first = start.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    windows = []
    for d in range(days):
        day = first + timedelta(days=d)
        for a, b in ((9, 12), (14, 18)):
            start, end = day + timedelta(hours=a), day + timedelta(hours=b)
            windows.append({"start": start.isoformat(), "end": end.isoformat()})
    return windows


def archive(
    now: datetime | None = None,
    *,
    locale: str = "zh-CN",
    max_attempts: int = 2,
    cooldown_days: int = 0,
    second_interviewer: bool = False,
) -> tuple[ArchiveImport, dict]:
    """A support job (threshold 78), one candidate with a gap in `handling`, one interviewer; returns (data, ids).

    `second_interviewer` adds one more for the job (ids["interviewer2"]) with no free time yet.
    """
    now = now or datetime.now(UTC)
    tag = uuid.uuid4().hex[:8]
    ids = {
        "job": f"job-t{tag}",
        "candidate": f"cand-t{tag}",
        "interviewer": f"iv-t{tag}",
        "interview": f"ai-t{tag}",
        "interviewer2": f"iv2-t{tag}",
    }
    data = {
        "dimensions": [
            {"code": "handling", "label_zh": "投诉处理", "label_en": "Complaint handling"},
            {"code": "talk", "label_zh": "表达", "label_en": "Talking"},
            {"code": "calm", "label_zh": "情绪稳定", "label_en": "Staying calm"},
        ],
        "jobs": [
            {
                "job_id": ids["job"],
                "title": "Support desk",
                "family": "support",
                "level": "junior",
                "pass_threshold": 78,
                "weights": {"handling": 0.5, "talk": 0.3, "calm": 0.2},
                "core_skills": ["handling"],
                "gap_bar": 72,
                "max_attempts": max_attempts,
                "cooldown_days": cooldown_days,
            }
        ],
        "candidates": [
            {
                "candidate_id": ids["candidate"],
                "name": "王五",
                "email": f"{tag}@candidates.test",
                "locale": locale,
                "timezone": "Asia/Shanghai",
                "education": "本科",
                "years_experience": 3,
                "learning_style": "text",
            }
        ],
        "interviews": [
            {
                "interview_id": ids["interview"],
                "candidate_id": ids["candidate"],
                "job_id": ids["job"],
                "taken_at": (now - timedelta(days=3)).isoformat(),
                "completed": True,
                "overall_score": 71,
                "dimension_scores": {"handling": 58, "talk": 80, "calm": 86},
                "asked_question_ids": ["q-h-1"],
            }
        ],
        "courses": [
            {
                "course_id": "c-h-short",
                "title": "投诉处理速成",
                "dimensions": ["handling"],
                "format": "online",
                "media": "text",
                "hours": 2,
            },
            {
                "course_id": "c-h-long",
                "title": "投诉处理工作坊",
                "dimensions": ["handling"],
                "format": "workshop",
                "media": "video",
                "hours": 8,
            },
        ],
        "questions": [
            {
                "question_id": f"q-h-{n}",
                "dimension": "handling",
                "kind": kind,
                "text_zh": f"投诉问题{n}",
                "text_en": f"Complaint question {n}",
            }
            for n, kind in ((1, "situational"), (2, "situational"), (3, "case"), (4, "technical"))
        ],
        "interviewers": [
            {
                "interviewer_id": ids["interviewer"],
                "name": "面试官赵",
                "email": f"iv-{tag}@interviewers.test",
                "job_ids": [ids["job"]],
                "availability": availability(now),
            },
            *(
                [
                    {
                        "interviewer_id": ids["interviewer2"],
                        "name": "面试官钱",
                        "email": f"iv2-{tag}@interviewers.test",
                        "job_ids": [ids["job"]],
                        "availability": [],
                    }
                ]
                if second_interviewer
                else []
            ),
        ],
    }
    return ArchiveImport.model_validate(data), ids
