"""The release this checkout is: it names the worker's deployment version (docs/OPERATIONS.md, §4 "Rolling out").

With worker versioning on, every run stays on the version that started it (`{DEPLOYMENT_NAME}.{BUILD_ID}`), so a
change to workflow code that no `workflow.patched` covers ships as a new release: bump `RELEASE`.
`tests/versioning/test_release.py` fails when `workflows/` differs from the previous release's commit under the
same name.
"""

from __future__ import annotations

from typing import Final

DEPLOYMENT_NAME: Final = "reinterview"
RELEASE: Final = "v1"
BUILD_ID: Final = RELEASE
