"""The CMS ships from pinned npm packages, copied here with a checksum for every file.

Building the site needs no Node: the files are in ``vendor/``. ``invoke admin-vendor``
fetches the pinned tarballs with ``npm pack`` (npm's own client), copies the files the
browser loads and rewrites ``vendor/SHA256SUMS``; every build checks the sums.
"""

from __future__ import annotations

import fnmatch
import hashlib
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

VENDOR = Path(__file__).resolve().parent / "vendor"
SUMS = VENDOR / "SHA256SUMS"
# package -> (version, folder inside the tarball, patterns of the files the browser loads)
PINS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "decap-cms": (
        "3.16.3",
        "package/dist/",
        ("decap-cms.js", "[0-9]*.decap-cms.js", "*.wasm", "decap-cms.js.LICENSE.txt"),
    ),
    "yaml": ("2.8.2", "package/browser/", ("index.js", "dist/*")),
}
LICENSES = {"yaml": "package/LICENSE"}


def files() -> list[Path]:
    """Every vendored file, sorted, relative to ``vendor/``."""
    return sorted(p.relative_to(VENDOR) for p in VENDOR.rglob("*") if p.is_file() and p != SUMS)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def mismatches() -> list[str]:
    """Files whose bytes differ from SHA256SUMS, missing files and files not listed."""
    listed = {}
    for line in SUMS.read_text(encoding="utf-8").splitlines():
        checksum, name = line.split("  ", 1)
        listed[name] = checksum
    present = {p.as_posix() for p in files()}
    wrong = [name for name in sorted(listed) if name not in present]
    wrong += [name for name in sorted(present - set(listed))]
    wrong += [
        name for name in sorted(present & set(listed)) if digest(VENDOR / name) != listed[name]
    ]
    return wrong


def bundle_size() -> int:
    return (VENDOR / "decap-cms" / "decap-cms.js").stat().st_size


def refresh(npm: str = "npm") -> None:
    """Fetch every pinned package again and rewrite vendor/ and its checksums."""
    shutil.rmtree(VENDOR, ignore_errors=True)
    with tempfile.TemporaryDirectory(prefix="ventana-vendor-") as tmp:
        for package, (version, folder, patterns) in PINS.items():
            subprocess.run(
                [npm, "pack", "--silent", f"{package}@{version}"],
                cwd=tmp,
                check=True,
                capture_output=True,
            )
            tarball = next(Path(tmp).glob(f"{package}-{version}.tgz"))
            _extract(tarball, VENDOR / package, folder, patterns, LICENSES.get(package))
    SUMS.write_text(
        "".join(f"{digest(VENDOR / p)}  {p.as_posix()}\n" for p in files()), encoding="utf-8"
    )


def _extract(tarball: Path, dest: Path, folder: str, patterns, license_path) -> None:
    with tarfile.open(tarball) as tar:
        for member in tar.getmembers():
            if not member.isfile():
                continue
            if member.name == license_path:
                target = dest / "LICENSE"
            elif member.name.startswith(folder):
                rel = member.name[len(folder) :]
                if not any(fnmatch.fnmatch(rel, pattern) for pattern in patterns):
                    continue
                target = dest / rel
            else:
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(tar.extractfile(member).read())
