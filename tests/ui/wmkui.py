# tests/ui/wmkui.py: what the window tests share: finding, clicking and
# typing into the Waymark window over AT-SPI (the interface a screen reader
# uses), screenshots, and TAP output.
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import subprocess
import sys
import tempfile
import time
import traceback

import pyatspi
from gi.repository import GLib

SHOTS = os.environ.get("WAYMARK_SCREENSHOT_DIR", tempfile.mkdtemp(prefix="waymark-shots-"))
os.makedirs(SHOTS, exist_ok=True)

CONTROLS = ("push button", "toggle button", "check box", "radio button", "entry", "text",
            "combo box", "spin button", "slider", "menu item", "list item")


def pump():
    """Lets pyatspi read what the bus sent (new applications among it)."""
    context = GLib.MainContext.default()
    while context.iteration(False):
        pass


def wait_for(find_it, what, timeout=10.0):
    end = time.time() + timeout
    while time.time() < end:
        pump()
        try:
            found = find_it()
        except Exception:
            found = None
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError(f"not found within {timeout} s: {what}")


def walk(node):
    """The node and everything under it. Widgets can go while they are walked
    (a page rebuilt, a popover closed): what is gone is left out."""
    yield node
    try:
        children = [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:
        return
    for child in children:
        if child is not None:
            yield from walk(child)


def visible(node):
    return node.getState().contains(pyatspi.STATE_VISIBLE)


def find(root, role, name=None):
    """The first visible node of @role (named @name). GTK 4.8 reports hidden
    pages' widgets as visible too: look for names only the page has."""
    for node in walk(root):
        try:
            if node.getRoleName() == role and (name is None or node.name == name) \
               and visible(node):
                return node
        except Exception:
            continue
    return None


def find_all(root, predicate):
    found = []
    for node in walk(root):
        try:
            if predicate(node) and visible(node):
                found.append(node)
        except Exception:
            continue
    return found


def button(root, name):
    """A visible button by its name, or by its label's text (GTK 4.8 names
    many buttons only through their label)."""
    for n in walk(root):
        try:
            if n.getRoleName() in ("push button", "toggle button") and visible(n) \
               and (n.name == name or find(n, "label", name) is not None):
                return n
        except Exception:
            continue
    return None


def application(name="waymark"):
    desktop = pyatspi.Registry.getDesktop(0)
    # Without a running main loop the list of applications is cached as it
    # was at the first look: ask again each time.
    desktop.clearCache()
    for a in desktop:
        if a is not None and a.name == name:
            return a
    return None


def start_app(command, env):
    """Starts the app once the accessibility bus and registry are up (a window
    that starts at the same moment can miss them), and waits for its window."""
    pyatspi.Registry.getDesktop(0).childCount
    time.sleep(0.5)
    process = subprocess.Popen(command, env=env)
    wait_for(lambda: application() and find(application(), "frame"), "the Waymark window", 30)
    return process


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


def key(keysym, times=1):
    for _ in range(times):
        pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
        time.sleep(0.15)


ESCAPE = 0xff1b


def text_of(node):
    t = node.queryText()
    return t.getText(0, t.characterCount)


def sweep(app, page):
    """Every visible control on the page has a name a screen reader can say."""
    nameless = []
    for n in walk(app):
        try:
            role = n.getRoleName()
            if role not in CONTROLS or not visible(n):
                continue
            # A drop-down's inner button is GTK's own and takes the drop-down's name.
            if n.parent is not None and n.parent.getRoleName() == "combo box":
                continue
            # A list item a reader announces by its label is named enough.
            if role == "list item" and not n.name and find(n, "label") is not None:
                continue
            if not n.name or n.name.startswith("Gtk") or n.name.startswith("Adw"):
                nameless.append(f"{role} {n.name!r} in {n.parent.name if n.parent else ''!r}")
        except Exception:
            continue
    assert not nameless, f"{page}: {nameless}"


def screenshot(name):
    subprocess.run(["import", "-window", "root", os.path.join(SHOTS, name + ".png")],
                   capture_output=True)


_results = []


def test(name):
    def wrap(func):
        _results.append((name, func))
        return func
    return wrap


def run_tests():
    """Runs the steps in order as TAP, with a screenshot of each failure.
    Returns the number that failed."""
    failed = 0
    print(f"1..{len(_results)}")
    for i, (name, func) in enumerate(_results, 1):
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
    return failed
