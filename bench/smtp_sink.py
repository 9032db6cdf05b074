"""An SMTP sink in its own process for the benchmarks: accepts and counts messages, keeps none.

.venv/bin/python -m bench.smtp_sink --port PORT
"""

from __future__ import annotations

import argparse
import signal
import threading

from bench.common import CountingSink


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    sink = CountingSink("127.0.0.1", args.port)
    sink.start()
    print(f"sink listening on 127.0.0.1:{args.port}", flush=True)
    try:
        stop.wait()
    finally:
        sink.stop()
        print(f"sink received {sink.count} messages", flush=True)


if __name__ == "__main__":
    main()
