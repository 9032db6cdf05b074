# One image for every process of the service: the worker (default), `python -m inbound`, `python -m web`,
# `python starter.py …`, `python -m service.devcerts`. Built by docker-compose.yml; configuration comes only from
# the environment.
#
# The base image is pinned by digest, not only by tag (a tag can be moved to other bytes). The digest below is a
# PLACEHOLDER: no registry was reachable when this was written. Replace it with the current one before building:
#   docker buildx imagetools inspect python:3.11-slim --format '{{json .Manifest.Digest}}'
# or pass another with `--build-arg PYTHON_IMAGE=python:3.11-slim@sha256:…`. `make deps-check` flags the placeholder.
ARG PYTHON_IMAGE=python:3.11-slim@sha256:0000000000000000000000000000000000000000000000000000000000000000

FROM ${PYTHON_IMAGE} AS build
WORKDIR /src
# Every dependency from the lock file, each file checked against its hash; wheels, so the runtime stage needs no
# compiler and no index.
COPY requirements.lock ./
RUN pip wheel --no-cache-dir --require-hashes --wheel-dir /wheels -r requirements.lock
COPY . .
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /project .

FROM ${PYTHON_IMAGE}
ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    REINTERVIEW_DATA_DIR=/var/lib/reinterview
# /certs: the dev certificates volume compose's `temporal-certs` one-shot writes (a new volume takes this owner).
RUN useradd --system --create-home --uid 10001 reinterview \
    && mkdir -p /var/lib/reinterview /certs \
    && chown reinterview /var/lib/reinterview /certs \
    && chmod 0700 /var/lib/reinterview
COPY --from=build /wheels /wheels
COPY --from=build /src/requirements.lock /tmp/requirements.lock
COPY --from=build /project /project
RUN pip install --no-cache-dir --no-index --find-links /wheels --require-hashes -r /tmp/requirements.lock \
    && pip install --no-cache-dir --no-index --no-deps /project/*.whl \
    && rm -rf /wheels /project /tmp/requirements.lock
WORKDIR /app
# Sources, SQL migrations, templates and the demo data; processes run from here.
COPY --chown=reinterview . /app
USER reinterview
# 8088 HTTP (signed links; the internal role adds the codec server), 2525 inbound SMTP, 9000 SDK metrics,
# 9464 service metrics.
EXPOSE 8088 2525 9000 9464
STOPSIGNAL SIGTERM
CMD ["python", "worker.py"]
