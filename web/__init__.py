"""HTTP for people: signed links in emails (confirm, pick a slot, decline, view report).

Entry points: `web.app.build_web_app(settings, client, pool)`, `web.app.run_web(settings)`, `python -m web`.
"""
