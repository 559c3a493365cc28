#!/usr/bin/env python3
# test-data.py: checks Waymark's GNOME integration files offline: the desktop
# file, the metainfo, the settings schema, the icons, the Flatpak manifest and
# po/POTFILES. Prints TAP; a check whose tool is not installed is skipped.
#
# Usage: test-data.py SOURCE_ROOT VERSION DESKTOP_FILE METAINFO_FILE [APP]
#
# Copyright 2026 The Waymark authors
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

APP_ID = "io.github.waymark.Waymark"
RAW_PREFIX = "https://raw.githubusercontent.com/waymark/waymark/main/"
# Keys the application reads; the schema must keep them.
SCHEMA_KEYS = {
    "window-width", "window-height", "window-maximized", "last-plan",
    "reopen-last-plan", "author-name", "author-organisation", "style-variant",
}

source_root, version, desktop_path, metainfo_path = sys.argv[1:5]
app_path = sys.argv[5] if len(sys.argv) > 5 else None
data_dir = os.path.join(source_root, "data")
manifest_path = os.path.join(source_root, "flatpak", APP_ID + ".json")
schema_path = os.path.join(data_dir, APP_ID + ".gschema.xml")

checks = []


def check(func):
    checks.append(func)
    return func


class Skip(Exception):
    pass


def run(argv, **kwargs):
    """Runs a tool; its output goes into the failure message."""
    if shutil.which(argv[0]) is None:
        raise Skip(argv[0] + " is not installed")
    proc = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, **kwargs)
    return proc.returncode, proc.stdout


def read_desktop(path):
    entry = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if "=" in line and not line.startswith("#"):
                key, value = line.rstrip("\n").split("=", 1)
                entry[key] = value
    return entry


@check
def desktop_file_validates():
    rc, out = run(["desktop-file-validate", desktop_path])
    assert rc == 0 and not out.strip(), out


@check
def desktop_file_launches_waymark():
    entry = read_desktop(desktop_path)
    assert os.path.basename(desktop_path) == APP_ID + ".desktop"
    assert entry.get("Exec", "").split()[0] == "waymark", entry.get("Exec")
    assert entry.get("Icon") == APP_ID, entry.get("Icon")
    assert "Office" in entry.get("Categories", "").split(";")


@check
def metainfo_validates():
    # Debian's appstream 0.16 reports AppStream 1.0's <developer> as an unknown
    # tag, at info level; infos and pedantic notes do not fail the check.
    rc, out = run(["appstreamcli", "validate", "--no-net", "--explain", metainfo_path])
    assert rc == 0, out
    problems = [l for l in out.splitlines() if re.match(r"^[EW]: ", l)]
    assert not problems, out


@check
def metainfo_matches_the_project():
    root = ET.parse(metainfo_path).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == os.path.basename(desktop_path)
    releases = [r.get("version") for r in root.iter("release")]
    assert version in releases, f"release {version} missing from {releases}"
    assert root.find("content_rating").get("type") == "oars-1.1"
    assert root.find("url[@type='homepage']") is not None


@check
def metainfo_screenshots_are_in_the_tree():
    # The metainfo points at raw GitHub addresses; the files must be committed.
    root = ET.parse(metainfo_path).getroot()
    images = list(root.iter("image"))
    assert images, "no screenshots"
    for image in images:
        url = image.text.strip()
        assert url.startswith(RAW_PREFIX), url
        path = os.path.join(source_root, url[len(RAW_PREFIX):])
        assert os.path.isfile(path), "missing " + path
        with open(path, "rb") as f:
            head = f.read(24)
        assert head[:8] == b"\x89PNG\r\n\x1a\n", path + " is not a PNG"
        size = (int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big"))
        declared = (int(image.get("width")), int(image.get("height")))
        assert size == declared, f"{path} is {size}, the metainfo says {declared}"


@check
def schema_compiles_strictly():
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(schema_path, tmp)
        rc, out = run(["glib-compile-schemas", "--strict", "--dry-run", tmp])
    assert rc == 0 and not out.strip(), out


@check
def schema_has_the_keys_the_app_reads():
    root = ET.parse(schema_path).getroot()
    schema = root.find(f"schema[@id='{APP_ID}']")
    assert schema is not None
    assert schema.get("path") == "/" + APP_ID.replace(".", "/") + "/"
    assert root.get("gettext-domain") == "waymark"
    keys = {k.get("name") for k in schema.iter("key")}
    assert SCHEMA_KEYS <= keys, f"missing {SCHEMA_KEYS - keys}"


@check
def icons_are_well_formed():
    for sub in ("scalable/apps/" + APP_ID + ".svg",
                "symbolic/apps/" + APP_ID + "-symbolic.svg"):
        root = ET.parse(os.path.join(data_dir, "icons", "hicolor", sub)).getroot()
        assert root.tag.endswith("svg"), sub


@check
def flatpak_manifest_is_sound():
    with open(manifest_path, encoding="utf-8") as f:
        manifest = json.load(f)
    assert manifest["id"] == APP_ID
    assert manifest["runtime"] == "org.gnome.Platform"
    assert manifest["sdk"] == "org.gnome.Sdk"
    assert int(manifest["runtime-version"]) >= 50, manifest["runtime-version"]
    assert manifest["command"] == "waymark"
    args = manifest["finish-args"]
    for arg in args:
        # Files come through the portals, never a static home or host grant.
        assert not re.match(r"--filesystem=(home|host)", arg), arg
    assert "--socket=wayland" in args and "--socket=fallback-x11" in args
    modules = manifest["modules"]
    assert [m["name"] for m in modules] == ["libxlsxwriter", "libical", "waymark"]
    for module in modules[:2]:
        for source in module["sources"]:
            assert source["type"] == "git" and source.get("tag") and \
                re.fullmatch(r"[0-9a-f]{40}", source.get("commit", "")), source
    app = modules[-1]
    assert app["buildsystem"] == "meson" and app.get("run-tests") is True
    assert "--libdir=lib" in app.get("config-opts", [])


@check
def flatpak_builder_reads_the_manifest():
    # flatpak-builder leaves a .flatpak-builder folder where it runs: not in the tree.
    with tempfile.TemporaryDirectory() as tmp:
        rc, out = run(["flatpak-builder", "--show-manifest", os.path.abspath(manifest_path)],
                      cwd=tmp)
    assert rc == 0, out
    assert json.loads(out)["id"] == APP_ID


@check
def potfiles_lists_every_translatable_file():
    with open(os.path.join(source_root, "po", "POTFILES"), encoding="utf-8") as f:
        listed = {l.strip() for l in f if l.strip() and not l.startswith("#")}
    missing_files = sorted(p for p in listed if not os.path.isfile(os.path.join(source_root, p)))
    assert not missing_files, f"POTFILES names files that do not exist: {missing_files}"
    marked = re.compile(r'\b(N?_|C_|NC_)\s*\(\s*"|translatable="yes"')
    unlisted = []
    for folder in ("src/app", "src/app/gtk", "src/cli", "src/core", "data"):
        for name in sorted(os.listdir(os.path.join(source_root, folder))):
            rel = folder + "/" + name
            if not re.search(r"\.(c|ui|in)$|\.gschema\.xml$", name) or rel in listed:
                continue
            with open(os.path.join(source_root, rel), encoding="utf-8") as f:
                if marked.search(f.read()) or name.endswith((".in", ".gschema.xml")):
                    unlisted.append(rel)
    assert not unlisted, f"add to po/POTFILES: {unlisted}"


def start_app(env, tmp):
    shot = os.path.join(tmp, "shot.png")
    env = dict(env, WAYMARK_DATA_DIR=tmp)
    proc = subprocess.run([app_path, "--screenshot", shot], env=env, timeout=60,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert proc.returncode == 0, proc.stdout
    assert os.path.isfile(shot), "no screenshot: " + proc.stdout
    return proc.stdout


@check
def app_starts_with_and_without_the_schema():
    if not app_path or not os.path.exists(app_path):
        raise Skip("the application is not built")
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        raise Skip("no display (run under xvfb-run)")
    with tempfile.TemporaryDirectory() as tmp:
        start_app(os.environ, tmp)
    # An uninstalled build run without the compiled schema keeps working.
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, GSETTINGS_SCHEMA_DIR=os.path.join(tmp, "no-schema"))
        start_app(env, tmp)


def main():
    print(f"1..{len(checks)}")
    failed = 0
    for n, func in enumerate(checks, 1):
        name = "/wmk/data/" + func.__name__.replace("_", "-")
        try:
            func()
            print(f"ok {n} {name}")
        except Skip as skip:
            print(f"ok {n} {name} # SKIP {skip}")
        except Exception as e:  # noqa: BLE001 - every failure is reported as TAP
            failed += 1
            print(f"not ok {n} {name}")
            for line in (f"{type(e).__name__}: {e}").splitlines():
                print("# " + line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
