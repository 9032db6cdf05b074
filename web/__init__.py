"""HTTP for people: candidates' signed links (confirm, pick a slot, decline), the interviewer's scorecard (R-H1),
HR's inbox, action pages and reports under /hr/ (R-H2), and the codec server.

Entry points: `web.app.build_web_app(settings, client, pool)`, `web.app.run_web(settings)`, `python -m web`.
"""
