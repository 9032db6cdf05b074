"""Archives for requirement-change tests: one job, many candidates with an interview each, enough interviewers."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from schemas.archive import ArchiveImport
from tests.workflows.builders import availability


def job_with_candidates(
    now: datetime, candidates: int, *, interviewers: int = 1, days: int = 60
) -> tuple[ArchiveImport, dict[str, str]]:
    """A junior support job (handling 0.5, talk 0.3, calm 0.2), `candidates` interviewed candidates; (data, ids)."""
    tag = uuid.uuid4().hex[:8]
    ids = {"job": f"job-rc{tag}", "tag": tag}
    data = {
        "dimensions": [
            {"code": "handling", "label_zh": "投诉处理", "label_en": "Complaint handling"},
            {"code": "talk", "label_zh": "表达", "label_en": "Talking"},
            {"code": "calm", "label_zh": "情绪稳定", "label_en": "Staying calm"},
            {"code": "data_analysis", "label_zh": "数据分析", "label_en": "Data analysis"},
        ],
        "jobs": [
            {
                "job_id": ids["job"],
                "title": "Support desk",
                "family": "support",
                "level": "junior",
                "pass_threshold": 70,
                "weights": {"handling": 0.5, "talk": 0.3, "calm": 0.2},
                "core_skills": ["handling"],
                "gap_bar": 70,
                "max_attempts": 2,
                "cooldown_days": 0,
            }
        ],
        "candidates": [
            {
                "candidate_id": candidate_id(tag, n),
                "name": f"候选人{n}",
                "email": f"c{n}-{tag}@candidates.test",
                "locale": "zh-CN" if n % 2 else "en",
                "timezone": "Asia/Shanghai",
                "learning_style": "text",
            }
            for n in range(candidates)
        ],
        "interviews": [
            {
                "interview_id": f"ai-{tag}-{n:05d}",
                "candidate_id": candidate_id(tag, n),
                "job_id": ids["job"],
                "taken_at": (now - timedelta(days=5)).isoformat(),
                "completed": True,
                "overall_score": 76,
                "dimension_scores": {"handling": 74, "talk": 80, "calm": 75},
                "asked_question_ids": [],
            }
            for n in range(candidates)
        ],
        "courses": [
            {
                "course_id": f"c-da-{tag}",
                "title": "Excel 与 SQL 数据分析",
                "dimensions": ["data_analysis"],
                "format": "online",
                "media": "text",
                "hours": 2,
            },
        ],
        "questions": [
            {
                "question_id": f"q-da-{tag}-{n}",
                "dimension": "data_analysis",
                "kind": "technical",
                "text_zh": "请用SQL查询近30天的销售数据",
                "text_en": "Query the last 30 days of sales with SQL",
            }
            for n in range(3)
        ],
        "interviewers": [
            {
                "interviewer_id": f"iv-{tag}-{n}",
                "name": f"面试官{n}",
                "email": f"iv{n}-{tag}@interviewers.test",
                "job_ids": [ids["job"]],
                "availability": availability(now, days),
            }
            for n in range(interviewers)
        ],
    }
    return ArchiveImport.model_validate(data), ids


def candidate_id(tag: str, n: int) -> str:
    return f"cand-{tag}-{n:05d}"
