#!/usr/bin/python3
# tests/ui/test-window.py: the Waymark window driven over AT-SPI, the
# interface a screen reader uses: open the sample plan, find and edit an
# action, undo it, filter the plan. Prints TAP; saves a screenshot after each
# step in $WAYMARK_SCREENSHOT_DIR for a person to look at.
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import subprocess
import sys
import tempfile
import time
import traceback

import pyatspi

APP = os.environ["WAYMARK_APP"]
CLI = os.environ["WAYMARK_CLI"]
SHOTS = os.environ.get("WAYMARK_SCREENSHOT_DIR", tempfile.mkdtemp(prefix="waymark-shots-"))
os.makedirs(SHOTS, exist_ok=True)

data_dir = tempfile.mkdtemp(prefix="waymark-ui-")
plan = os.path.join(data_dir, "devon.waymark")
env = dict(os.environ, WAYMARK_DATA_DIR=data_dir, GSK_RENDERER="cairo", GTK_A11Y="atspi",
           WAYMARK_AUTHOR="Shayna Stanbury")
env.pop("NO_AT_BRIDGE", None)


def cli(*args):
    out = subprocess.run([CLI, "--plan", plan, *args], env=env, capture_output=True, text=True)
    if out.returncode != 0:
        raise AssertionError(f"waymark-cli {' '.join(args)} failed: {out.stderr}")
    return out.stdout


def wait_for(find, what, timeout=10.0):
    end = time.time() + timeout
    while time.time() < end:
        try:
            found = find()
        except Exception:
            found = None
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError(f"not found within {timeout} s: {what}")


def walk(node):
    yield node
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield from walk(child)


# GTK 4.8 reports "visible" but not "showing" for most widgets, so a widget
# on a page that is not shown still counts as visible: tests look for names
# that only the page they expect has.
def find(root, role, name=None):
    for node in walk(root):
        try:
            if node.getRoleName() != role:
                continue
            if name is not None and node.name != name:
                continue
            if not node.getState().contains(pyatspi.STATE_VISIBLE):
                continue
            return node
        except Exception:
            continue
    return None


def text_of(node):
    t = node.queryText()
    return t.getText(0, t.characterCount)


def click(node):
    """Clicks the middle of a widget, as the pointer would. Without a window
    manager the window sits at the screen's corner, so window coordinates
    are screen coordinates (GTK 4.8 cannot report screen coordinates)."""
    x, y, w, h = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    pyatspi.Registry.generateMouseEvent(x + w // 2, y + h // 2, "b1c")
    time.sleep(0.4)


def press(node):
    node.queryAction().doAction(0)
    time.sleep(0.4)


def screenshot(name):
    subprocess.run(["import", "-window", "root", os.path.join(SHOTS, name + ".png")],
                   capture_output=True)


results = []


def test(name):
    def wrap(func):
        results.append((name, func))
        return func
    return wrap


cli("init", "--sample")
app_process = subprocess.Popen([APP, "--plan", plan], env=env)


def application():
    desktop = pyatspi.Registry.getDesktop(0)
    # Without a running main loop the desktop's list of applications is
    # cached as it was at the first look: ask again each time.
    desktop.clearCache()
    for a in desktop:
        if a is not None and a.name == "waymark":
            return a
    return None


@test("the window opens on the overview with the plan's title")
def _():
    # A loaded machine can take a while to start the accessibility bus.
    app = wait_for(application, "the waymark application on the accessibility bus",
                   timeout=45)
    frame = wait_for(lambda: find(app, "frame"), "the window")
    assert frame.name == "Devon Local Area SEND Improvement Plan", frame.name
    wait_for(lambda: find(app, "list item", "Overdue actions"), "the overdue actions figure")
    time.sleep(0.5)
    screenshot("01-overview")


@test("the sidebar opens the plan, which lists all 98 actions")
def _():
    app = application()
    click(wait_for(lambda: find(app, "list item", "Plan"), "the Plan row in the sidebar"))
    wait_for(lambda: find(app, "label", "98 actions"), "the count of all 98 actions")
    screenshot("02-plan")


@test("searching for 3.3.1 and selecting it opens it in the editor")
def _():
    app = application()
    search = wait_for(lambda: find(app, "entry", "Search actions"), "the search entry")
    search.queryEditableText().setTextContents("3.3.1")
    wait_for(lambda: find(app, "label", "1 of 98 actions"), "one match")
    ref = wait_for(lambda: find(app, "label", "3.3.1"), "the row of 3.3.1", timeout=3)
    click(ref)
    wait_for(lambda: find(app, "label", "Action 3.3.1"), "the editor's heading")
    screenshot("03-editor")


@test("typing an outcome saves it to the plan, under the author's name")
def _():
    app = application()
    outcome = wait_for(lambda: find(app, "text", "Outcome"), "the outcome field")
    outcome.queryEditableText().setTextContents("Backlog of the oldest 800 reviews cleared.")
    time.sleep(1.5)  # the editor saves after a pause in typing
    shown = json.loads(cli("show", "3.3.1", "--json"))
    assert shown["outcome"] == "Backlog of the oldest 800 reviews cleared.", shown.get("outcome")
    history = cli("history", "3.3.1")
    assert "Shayna Stanbury" in history and "outcome" in history, history
    screenshot("04-edited")


@test("Undo brings the outcome back")
def _():
    app = application()
    press(wait_for(lambda: find(app, "push button", "Undo (Ctrl+Z)"), "the Undo button"))
    time.sleep(0.5)
    shown = json.loads(cli("show", "3.3.1", "--json"))
    assert shown["outcome"].startswith("Backlog of Annual Reviews cleared"), shown["outcome"]
    outcome = find(app, "text", "Outcome")
    assert text_of(outcome).startswith("Backlog of Annual Reviews cleared"), text_of(outcome)


@test("searching filters the plan and says how many match")
def _():
    app = application()
    search = wait_for(lambda: find(app, "entry", "Search actions"), "the search entry")
    search.queryEditableText().setTextContents("annual review")
    time.sleep(0.8)
    count = wait_for(lambda: next((n for n in walk(app) if n.getRoleName() == "label"
                                   and n.getState().contains(pyatspi.STATE_VISIBLE)
                                   and " of 98 actions" in n.name), None), "the filtered count")
    shown = int(count.name.split()[0])
    assert 1 <= shown < 98, count.name
    screenshot("05-search")


@test("every button has a name a screen reader can say")
def _():
    app = application()
    # A drop-down's inner button is GTK's own and takes the drop-down's name.
    nameless = [n for n in walk(app)
                if n.getRoleName() in ("push button", "toggle button", "check box")
                and n.getState().contains(pyatspi.STATE_VISIBLE)
                and (n.parent is None or n.parent.getRoleName() != "combo box")
                and (not n.name or n.name.startswith("Gtk"))]
    assert not nameless, [f"{n.getRoleName()} {n.name!r} in {n.parent.name!r}" for n in nameless]


failed = 0
print(f"1..{len(results)}")
for i, (name, func) in enumerate(results, 1):
    try:
        func()
        print(f"ok {i} {name}")
    except Exception:
        failed += 1
        print(f"not ok {i} {name}")
        for line in traceback.format_exc().splitlines():
            print(f"# {line}")
        screenshot(f"failed-{i:02d}")
    sys.stdout.flush()

app_process.terminate()
app_process.wait(timeout=10)
print(f"# screenshots in {SHOTS}")
sys.exit(1 if failed else 0)
