# One image for every process of the service: the worker (default), `python -m inbound`, `python -m web`,
# `python starter.py …`. Built by docker-compose.yml; configuration comes only from the environment.
FROM python:3.11-slim AS build
WORKDIR /src
COPY . .
# Wheels of the project and every dependency, so the runtime stage needs no compiler.
RUN pip wheel --no-cache-dir --wheel-dir /wheels .

FROM python:3.11-slim
ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    REINTERVIEW_DATA_DIR=/var/lib/reinterview
RUN useradd --system --create-home --uid 10001 reinterview \
    && mkdir -p /var/lib/reinterview && chown reinterview /var/lib/reinterview
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
WORKDIR /app
# Sources, SQL migrations, templates and the demo data; processes run from here.
COPY --chown=reinterview . /app
USER reinterview
# 8088 HTTP (signed links, codec server), 2525 inbound SMTP, 9000 SDK metrics, 9464 service metrics.
EXPOSE 8088 2525 9000 9464
STOPSIGNAL SIGTERM
CMD ["python", "worker.py"]
