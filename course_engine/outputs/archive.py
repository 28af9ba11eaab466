"""The offline copy as a zip (run by scripts/build): the folder of the offline site, with every
other download inside it, its entries in name order and dated from SOURCE_DATE_EPOCH (the last
commit), so that a commit always gives the same file, byte for byte.

Usage: python -m course_engine.outputs.archive FOLDER ZIP_FILE"""
from __future__ import annotations

import os
import sys
import time
import zipfile
from pathlib import Path

OLDEST = 315532800   # 1980-01-01: the zip format's first date
PACKED = {".pdf", ".epub", ".zip", ".png", ".jpg", ".gz", ".woff", ".woff2"}   # stored as they are: already compressed


def write(folder: Path, target: Path, epoch: int) -> None:
    moment = time.gmtime(max(epoch, OLDEST))[:6]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                info = zipfile.ZipInfo(str(Path(folder.name) / path.relative_to(folder)), date_time=moment)
                info.external_attr = 0o644 << 16
                info.compress_type = zipfile.ZIP_STORED if path.suffix in PACKED else zipfile.ZIP_DEFLATED
                out.writestr(info, path.read_bytes())


def main(argv: list[str] | None = None) -> int:
    folder, target = (Path(a) for a in (argv or sys.argv[1:]))
    write(folder, target, int(os.environ.get("SOURCE_DATE_EPOCH") or time.time()))
    print(f"archive: {target} ({target.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
