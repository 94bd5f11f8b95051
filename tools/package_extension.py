"""Build the store packages: dist/quotelens-chrome-<version>.zip and dist/quotelens-firefox-<version>.zip.

The unpacked extension/ folder carries one manifest for both browsers; each package keeps only the keys its browser
reads, so neither store's checks warn about the other browser's keys. The version is the Python package's.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXTENSION = REPO / "extension"
WEB_EXT = REPO / "node_modules" / ".bin" / "web-ext"
# Files of the folder that are for developers, not for the browser.
LEFT_OUT = ["README.md"]

# Per browser: the manifest keys only the other browser reads, the background key it runs, the permissions it lacks.
TARGETS = {
    "chrome": {"drop": ["browser_specific_settings", "sidebar_action"], "background": "service_worker",
               "permissions": []},
    "firefox": {"drop": ["minimum_chrome_version", "side_panel"], "background": "scripts",
                "permissions": ["sidePanel"]},
}


def python_version() -> str:
    """The version of the Python package (server/quotelens/__init__.py), the one version number of a release."""
    source = (REPO / "server" / "quotelens" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', source, re.M).group(1)


def manifest_for(manifest: dict, browser: str) -> dict:
    """The manifest as one browser's store receives it."""
    target = TARGETS[browser]
    result = {key: value for key, value in manifest.items() if key not in target["drop"]}
    background = manifest["background"]
    result["background"] = {target["background"]: background[target["background"]], "type": background["type"]}
    result["permissions"] = [name for name in manifest["permissions"] if name not in target["permissions"]]
    return result


def build(browser: str, manifest: dict, dist: Path) -> Path:
    name = f"quotelens-{browser}-{manifest['version']}.zip"
    with tempfile.TemporaryDirectory(prefix=f"quotelens-{browser}-") as staging:
        source = Path(staging) / "extension"
        shutil.copytree(EXTENSION, source, ignore=shutil.ignore_patterns(*LEFT_OUT))
        (source / "manifest.json").write_text(json.dumps(manifest_for(manifest, browser), indent=2) + "\n",
                                              encoding="utf-8")
        subprocess.run([str(WEB_EXT), "build", "--source-dir", str(source), "--artifacts-dir", str(dist),
                        "--filename", name, "--overwrite-dest"], check=True, capture_output=True, text=True)
    return dist / name


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="folder to write the zips to")
    dist = parser.parse_args().dist
    manifest = json.loads((EXTENSION / "manifest.json").read_text(encoding="utf-8"))
    if manifest["version"] != python_version():
        print(f"extension/manifest.json says {manifest['version']}, the Python package {python_version()}: "
              "give both the same version", file=sys.stderr)
        return 1
    for browser in TARGETS:
        print(build(browser, manifest, dist.resolve()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
