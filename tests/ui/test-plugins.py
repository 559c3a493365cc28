#!/usr/bin/python3
# tests/ui/test-plugins.py: the workstream plugins in the window, over
# AT-SPI as a screen reader user meets them: a corrupt module first on the
# plugin path is named at start and the four plugins load anyway; each
# plugin's page shows its illustrative sample figures with every control
# named; the overview shows their figures; the preferences list them.
# (The toast naming the refused module is dismissed through its Details
# button first: libadwaita 1.2 gives the toast's close button no name.)
# Prints TAP; saves a screenshot of every plugin page in
# $WAYMARK_SCREENSHOT_DIR for a person to look at.
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wmkui import (ESCAPE, application, button, click, find, find_all, key,  # noqa: E402
                   run_tests, screenshot, start_app, sweep, test, wait_for, walk)

APP = os.environ["WAYMARK_APP"]
CLI = os.environ["WAYMARK_CLI"]
PLUGINS = os.environ["WAYMARK_PLUGIN_DIR"]

CORE_PAGES = {"Overview", "Plan", "KPIs", "Risks", "Calendar", "Meetings", "Action Log",
              "Decisions", "Compliance", "Conflicts", "Devices"}

data_dir = tempfile.mkdtemp(prefix="waymark-plugins-")
broken_dir = os.path.join(data_dir, "broken")
os.makedirs(broken_dir)
with open(os.path.join(broken_dir, "broken.so"), "wb") as f:
    f.write(os.urandom(4096))
plan = os.path.join(data_dir, "devon.waymark")
env = dict(os.environ, WAYMARK_DATA_DIR=data_dir, GSK_RENDERER="cairo", GTK_A11Y="atspi",
           WAYMARK_AUTHOR="Shayna Stanbury",
           WAYMARK_PLUGIN_PATH=broken_dir + os.pathsep + PLUGINS)
env.pop("NO_AT_BRIDGE", None)


def cli(*args):
    out = subprocess.run([CLI, "--plan", plan, *args], env=env, capture_output=True, text=True)
    if out.returncode != 0:
        raise AssertionError(f"waymark-cli {' '.join(args)} failed: {out.stderr}")
    return out.stdout


def sidebar_rows(app):
    pages = find(app, "list", "Pages")
    return [n for n in walk(pages) if n.getRoleName() == "list item" and n.name]


def plugin_rows(app):
    return [r for r in sidebar_rows(app) if r.name not in CORE_PAGES]


@test("waymark-cli plugins names the corrupt module and loads the four plugins")
def _():
    reports = json.loads(cli("plugins", "--json"))
    reports = reports.get("plugins", reports) if isinstance(reports, dict) else reports
    loaded = {r["id"] for r in reports if r["status"] == "loaded"}
    assert {"ehc-backlog", "neurodiversity", "communications", "commissioning"} <= loaded, reports
    broken = [r for r in reports if r["path"].endswith("broken.so")]
    assert broken and broken[0]["status"] == "refused" and broken[0]["reason"], reports


cli("init", "--sample")
app_process = start_app([APP, "--plan", plan], env)


@test("the window says at start that a plugin could not be loaded")
def _():
    app = application()
    toast = wait_for(lambda: find_all(app, lambda n: n.getRoleName() == "label"
                                      and "could not be loaded" in (n.name or "")),
                     "the plugin toast")
    screenshot("plugins-01-start")
    assert "broken.so" in toast[0].name or "plugin" in toast[0].name


@test("Details opens the preferences, which list the plugins and why the corrupt one was refused")
def _():
    app = application()
    click(wait_for(lambda: button(app, "Details"), "the toast's Details button"))
    time.sleep(1.5)
    wait_for(lambda: find_all(application(), lambda n: "Not loaded" in (n.name or "")),
             "the refused module in the preferences")
    screenshot("plugins-preferences")
    labels = [n.name for n in walk(application()) if n.name]
    assert sum(1 for n in labels if "loaded ·" in n) >= 4, "fewer than four plugins loaded"
    key(ESCAPE)
    time.sleep(1)


@test("the four plugins' pages are in the sidebar under Workstreams")
def _():
    app = application()
    assert find(app, "label", "Workstreams") is not None
    names = [r.name for r in plugin_rows(app)]
    assert len(names) >= 4, names


@test("every plugin page shows its illustrative figures, every control named")
def _():
    app = application()
    for i, row in enumerate(plugin_rows(app)):
        name = row.name
        click(row)
        time.sleep(1.5)
        screenshot(f"plugins-page-{i + 1:02d}")
        illustrative = find_all(app, lambda n: "llustrative" in (n.name or ""))
        assert illustrative, f"{name}: no sign that the figures are illustrative"
        sweep(app, name)


@test("the overview shows the plugins' figures")
def _():
    app = application()
    click([r for r in sidebar_rows(app) if r.name == "Overview"][0])
    time.sleep(1)
    assert find(app, "label", "Workstream Figures") is not None
    screenshot("plugins-overview")


failed = run_tests()
app_process.terminate()
app_process.wait(10)
sys.exit(1 if failed else 0)
