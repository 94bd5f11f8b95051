"""The extension folder on its own: a loadable manifest, its copies of the shared tables, the Firefox lint, the store
packages."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import quotelens

REPO = Path(__file__).resolve().parents[2]
EXTENSION = REPO / "extension"
WEB_EXT = REPO / "node_modules" / ".bin" / "web-ext"
needs_web_ext = pytest.mark.skipif(not WEB_EXT.exists() or not shutil.which("node"),
                                   reason="web-ext is not installed: run `npm ci` (make test does)")
# The one lint warning we accept, and why: the loader's import() takes runtime.getURL(...), the one way to load a
# module graph from a content script injected on demand (docs/extension.md).
ACCEPTED_WARNINGS = {"UNSAFE_VAR_ASSIGNMENT"}


@pytest.mark.parametrize("name", ["categories.json", "errors.json"])
def test_the_extension_carries_an_identical_copy_of_each_shared_table(name):
    # The folder must load unpacked on its own, so it cannot reach ../shared: the copy must not drift.
    assert (EXTENSION / "shared" / name).read_bytes() == (REPO / "shared" / name).read_bytes()


# Where the extension's code names an error code: a failure it builds ({code: "..."}, failure("...")), and the keys of
# error-text.js's explanations.
FAILURE_CODE = re.compile(r'\b(?:code: |failure\()"([a-z_]+)"')
EXPLAINED_CODE = re.compile(r"^  ([a-z_]+): \(", re.MULTILINE)


@pytest.mark.parametrize("pattern, source, codes", [
    (FAILURE_CODE, 'return { ok: false, error: { code: "cannot_access", message: "..." } };', ["cannot_access"]),
    (FAILURE_CODE, 'return failure("no_response", "The server did not answer.");', ["no_response"]),
    (FAILURE_CODE, 'const code = body?.error?.code ?? await codeOfStatus(status);', []),
    (EXPLAINED_CODE, 'const EXPLANATIONS = {\n  too_large: () => "Too large.",\n  timeout: (settings) => "",\n};',
     ["too_large", "timeout"]),
    (EXPLAINED_CODE, "const LIMITS = {\n  timeout: 5,\n    nested: () => 1,\n};", []),
])
def test_error_codes_are_read_from_the_extension_source(pattern, source, codes):
    assert pattern.findall(source) == codes


def test_every_error_code_the_extension_names_is_one_of_errors_json():
    known = json.loads((EXTENSION / "shared" / "errors.json").read_text(encoding="utf-8"))["errors"].keys()
    named = {path.relative_to(EXTENSION).as_posix(): set(FAILURE_CODE.findall(path.read_text(encoding="utf-8")))
             for path in EXTENSION.rglob("*.js")}
    named["shared/error-text.js"] |= set(EXPLAINED_CODE.findall((EXTENSION / "shared" / "error-text.js").read_text(
        encoding="utf-8")))
    assert len(named["shared/error-text.js"]) > 10  # the scan sees the explanations at all
    assert {path: codes - known for path, codes in named.items() if codes - known} == {}


def manifest() -> dict:
    return json.loads((EXTENSION / "manifest.json").read_text(encoding="utf-8"))


def referenced_files(data: dict) -> list[str]:
    files = [data["background"]["service_worker"], *data["background"]["scripts"], data["action"]["default_popup"],
             data["options_ui"]["page"], *data["icons"].values(), *data["action"]["default_icon"].values()]
    return files


@pytest.mark.parametrize("path", referenced_files(manifest()))
def test_every_file_the_manifest_names_exists(path):
    assert (EXTENSION / path).is_file()


def test_one_manifest_serves_chromium_and_firefox():
    data = manifest()
    assert data["manifest_version"] == 3
    # Chromium runs the service worker; Firefox, which has no extension service workers, runs the same module as
    # an event page.
    assert data["background"]["scripts"] == [data["background"]["service_worker"]]
    assert data["background"]["type"] == "module"
    assert data["browser_specific_settings"]["gecko"]["id"]


def test_the_extension_never_uses_inner_html_or_eval():
    sources = {path: path.read_text(encoding="utf-8") for path in EXTENSION.rglob("*.js")}
    for path, source in sources.items():
        for forbidden in ("innerHTML", "outerHTML =", "insertAdjacentHTML", "eval(", "new Function", "document.write"):
            assert forbidden not in source, f"{path.relative_to(REPO)} uses {forbidden}"


def lint(source: Path) -> dict:
    result = subprocess.run([str(WEB_EXT), "lint", "--source-dir", str(source), "--output", "json"],
                            capture_output=True, text=True, timeout=120, cwd=REPO)
    return json.loads(result.stdout)


@needs_web_ext
def test_web_ext_lint_finds_no_errors():
    report = lint(EXTENSION)
    assert report["errors"] == [], report["errors"]
    # The unpacked folder also names Chromium's service worker and its "sidePanel" permission, which Firefox ignores
    # (it runs background.scripts; its sidebar_action needs no permission). The Firefox package has neither.
    accepted = ACCEPTED_WARNINGS | {"BACKGROUND_SERVICE_WORKER_IGNORED", "MANIFEST_PERMISSIONS"}
    assert {warning["code"] for warning in report["warnings"]} <= accepted
    unknown = [w for w in report["warnings"] if w["code"] == "MANIFEST_PERMISSIONS"]
    assert all("sidePanel" in w["message"] + w.get("description", "") for w in unknown), unknown


def test_the_extension_and_the_python_package_share_one_version():
    assert manifest()["version"] == quotelens.__version__


def test_minimum_versions_are_declared_for_both_browsers():
    # docs/extension.md gives the API behind each number.
    data = manifest()
    assert data["minimum_chrome_version"] == "121"
    assert data["browser_specific_settings"]["gecko"]["strict_min_version"] == "140.0"


@pytest.fixture(scope="module")
def packages(tmp_path_factory) -> dict[str, Path]:
    """Build both store packages into a temporary folder, as `make package` does into dist/; unpack each."""
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, str(REPO / "tools" / "package_extension.py"), "--dist", str(dist)],
                   check=True, capture_output=True, timeout=300)
    unpacked = {}
    for browser in ("chrome", "firefox"):
        unpacked[browser] = dist / browser
        with zipfile.ZipFile(dist / f"quotelens-{browser}-{quotelens.__version__}.zip") as archive:
            archive.extractall(unpacked[browser])
    return unpacked


def packaged_manifest(packages, browser: str) -> dict:
    return json.loads((packages[browser] / "manifest.json").read_text(encoding="utf-8"))


@needs_web_ext
def test_the_firefox_package_is_lint_clean(packages):
    report = lint(packages["firefox"])
    assert report["errors"] == [], report["errors"]
    assert {warning["code"] for warning in report["warnings"]} <= ACCEPTED_WARNINGS, report["warnings"]


@needs_web_ext
@pytest.mark.parametrize("browser, background, absent", [
    ("chrome", {"service_worker": "background/service-worker.js", "type": "module"}, "browser_specific_settings"),
    ("firefox", {"scripts": ["background/service-worker.js"], "type": "module"}, "minimum_chrome_version"),
])
def test_each_package_keeps_only_its_browsers_keys(packages, browser, background, absent):
    data = packaged_manifest(packages, browser)
    assert data["version"] == quotelens.__version__
    assert data["background"] == background
    assert absent not in data
    assert not (packages[browser] / "README.md").exists()
    # Everything else is the unpacked folder's: the same files, the same permissions.
    assert sorted(p.relative_to(packages[browser]) for p in packages[browser].rglob("*.js")) == \
        sorted(p.relative_to(EXTENSION) for p in EXTENSION.rglob("*.js"))
    assert data["host_permissions"] == manifest()["host_permissions"]
