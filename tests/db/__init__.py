"""Tests of the database layer; `sample_archive()` is the seed-shaped import file they share."""

from __future__ import annotations

from typing import Any


def sample_archive() -> dict[str, Any]:
    """A good import file (plain JSON) modelled on the seed: 张三 re-interviewing for customer service."""
    return {
        "dimensions": [
            {"code": "complaint_handling", "label_zh": "客户投诉处理", "label_en": "Complaint handling"},
            {"code": "communication", "label_zh": "沟通能力", "label_en": "Communication"},
            {"code": "teamwork", "label_zh": "团队合作", "label_en": "Teamwork"},
            {"code": "data_analysis", "label_zh": "数据分析", "label_en": "Data analysis"},
            {"code": "troubleshooting", "label_zh": "问题排查", "label_en": "Troubleshooting"},
        ],
        "jobs": [
            {
                "job_id": "job-cs-01",
                "title": "电商客服",
                "family": "customer_service",
                "level": "junior",
                "pass_threshold": 75,
                "weights": {"complaint_handling": 0.5, "communication": 0.3, "teamwork": 0.2},
                "core_skills": ["complaint_handling"],
                "gap_bar": 70,
                "max_attempts": 2,
                "cooldown_days": 7,
                "department": "电商事业部",
            },
            {
                "job_id": "job-ts-01",
                "title": "技术支持",
                "family": "tech",
                "pass_threshold": 75,
                "weights": {"troubleshooting": 0.6, "communication": 0.4},
                "core_skills": ["troubleshooting"],
            },
        ],
        "candidates": [
            {
                "candidate_id": "cand-001",
                "name": "张三",
                "email": "zhangsan@example.com",
                "locale": "zh-CN",
                "timezone": "Asia/Shanghai",
                "education": "本科",
                "years_experience": 2,
                "learning_style": "video",
                "resume": "2年客服经验",
                "ats_ref": {"system": "moka", "id": 4471},
            },
            {
                "candidate_id": "cand-002",
                "name": "Li Si",
                "email": "lisi@example.com",
                "locale": "en",
                "timezone": "Europe/Berlin",
                "learning_style": "text",
            },
        ],
        "courses": [
            {
                "course_id": "crs-complaints",
                "title": "客户投诉处理技巧",
                "title_en": "Handling customer complaints",
                "dimensions": ["complaint_handling"],
                "format": "online",
                "media": "video",
                "hours": 2,
            },
            {
                "course_id": "crs-emotions",
                "title": "情绪管理",
                "dimensions": ["communication", "complaint_handling"],
                "format": "blended",
                "media": "text",
                "hours": 6,
            },
            {
                "course_id": "crs-hardware",
                "title": "硬件故障排查",
                "dimensions": ["troubleshooting"],
                "format": "workshop",
                "media": "video",
                "hours": 8,
            },
        ],
        "questions": [
            {
                "question_id": "q-ch-1",
                "dimension": "complaint_handling",
                "kind": "situational",
                "text_zh": "客户因收到破损商品投诉，你如何处理？",
                "text_en": "A customer complains about a damaged item. What do you do?",
            },
            {
                "question_id": "q-tw-1",
                "dimension": "teamwork",
                "kind": "situational",
                "text_zh": "请描述一次你与同事意见分歧的经历，你是如何解决的？",
                "text_en": "Describe a disagreement with a colleague and how you resolved it.",
            },
            {
                "question_id": "q-da-1",
                "dimension": "data_analysis",
                "kind": "technical",
                "text_zh": "请用SQL查询近30天的销售数据",
                "text_en": "Write SQL for the last 30 days of sales.",
            },
        ],
        "interviewers": [
            {
                "interviewer_id": "iv-li",
                "name": "李老师",
                "email": "li@example.com",
                "job_ids": ["job-cs-01"],
                "availability": [
                    {"start": "2024-05-08T14:00:00+08:00", "end": "2024-05-08T18:00:00+08:00"},
                    {"start": "2024-05-10T09:00:00+08:00", "end": "2024-05-10T12:00:00+08:00"},
                ],
                "room": "3F-A",
            },
            {
                "interviewer_id": "iv-wang",
                "name": "王工",
                "email": "wang@example.com",
                "job_ids": ["job-ts-01"],
                "availability": [],
            },
        ],
        "interviews": [
            {
                "interview_id": "ai-002",
                "candidate_id": "cand-001",
                "job_id": "job-cs-01",
                "taken_at": "2024-05-03T10:00:00+08:00",
                "completed": True,
                "overall_score": 70,
                "dimension_scores": {"complaint_handling": 60, "communication": 65, "teamwork": 70},
                "asked_question_ids": ["q-ch-1"],
                "media": {"video": "s3://ai/ai-002.mp4", "transcript": "s3://ai/ai-002.txt"},
                "vendor_score_raw": 0.7,
            },
            {
                "interview_id": "ai-001",
                "candidate_id": "cand-001",
                "job_id": "job-cs-01",
                "taken_at": "2024-05-01T10:00:00+08:00",
                "completed": False,
                "incomplete_reason": "network",
                "dimension_scores": {"communication": 74},
                "media": {"audio": "s3://ai/ai-001.mp3"},
            },
            {
                "interview_id": "ai-ts-9",
                "candidate_id": "cand-001",
                "job_id": "job-ts-01",
                "taken_at": "2024-04-20T10:00:00+08:00",
                "overall_score": 81,
                "dimension_scores": {"troubleshooting": 85, "communication": 75},
            },
        ],
        "assessments": [
            {
                "assessment_id": "as-1",
                "candidate_id": "cand-001",
                "kind": "personality",
                "taken_at": "2024-04-28T09:00:00+08:00",
                "result": {"type": "ESFJ"},
            },
            {
                "assessment_id": "as-2",
                "candidate_id": "cand-001",
                "kind": "skill_test",
                "taken_at": "2024-04-29T09:00:00+08:00",
                "score": 68,
            },
        ],
        "trainings": [
            {
                "candidate_id": "cand-001",
                "course_id": "crs-complaints",
                "completed_at": "2024-05-05T20:00:00+08:00",
                "pre_score": 60,
                "post_score": 85,
                "lms_ref": "lms-88",
            }
        ],
    }
