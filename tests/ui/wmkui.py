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
            "combo box", "spin button", "slider", "menu item", "list item", "switch")


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


def find(root, role, name=None, test=None):
    """The first visible node of @role, named @name or with a name @test
    accepts. GTK 4.8 reports hidden pages' widgets as visible too: look for
    names only the page has."""
    for node in walk(root):
        try:
            if node.getRoleName() == role and (name is None or node.name == name) \
               and (test is None or test(node.name)) and visible(node):
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


def own_label(node, name):
    """Whether @node has a label @name as its own child (GTK 4.8 may name a
    button only by it), not in a popover the button opens."""
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None and child.getRoleName() == "label" and child.name == name:
            return True
    return False


def button(root, name=None, test=None):
    """A visible button by its name or its label's text, or with a name @test
    accepts. GTK 4.8 names a labelled button with an accessible label
    "label text" twice over."""
    for n in walk(root):
        try:
            if n.getRoleName() not in ("push button", "toggle button") or not visible(n):
                continue
            if name is not None and (n.name in (name, f"{name} {name}") or own_label(n, name)):
                return n
            if test is not None and test(n.name):
                return n
        except Exception:
            continue
    return None


def labels(root):
    """The text of every visible label under @root."""
    return [n.name for n in find_all(root, lambda n: n.getRoleName() == "label")]


def application(name="waymark"):
    """The running Waymark on the accessibility bus. A window closed a moment
    ago (the tests quit and start it again) can still be listed for a while
    on a loaded machine: only a process that is alive counts."""
    desktop = pyatspi.Registry.getDesktop(0)
    # Without a running main loop the list of applications is cached as it
    # was at the first look: ask again each time.
    desktop.clearCache()
    for a in desktop:
        try:
            if a is not None and a.name == name:
                os.kill(a.get_process_id(), 0)
                return a
        except Exception:
            continue
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
    """Activates a control as a screen reader does; a GtkMenuButton's action
    is on the toggle button inside it."""
    for n in walk(node):
        try:
            action = n.queryAction()
            if action.nActions > 0:
                action.doAction(0)
                time.sleep(0.5)
                return
        except NotImplementedError:
            continue
    raise AssertionError(f"{node.name!r} cannot be activated")


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
