#!/usr/bin/python3
# tests/ui/test-meeting.py: a board meeting recorded in the window over
# AT-SPI, as a programme officer with a screen reader would: a new board
# meeting, the suggested agenda, attendance, a decision and an action
# arising, the review of the action log, closing the meeting; the action is
# then in the action log, undo reaches the workspace at once, and the minutes
# exported as PDF hold the decision. Prints TAP; saves a screenshot after
# each step in $WAYMARK_SCREENSHOT_DIR for a person to look at.
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import pyatspi

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wmkui import (SHOTS, application, click, find, key, press, run_tests,  # noqa: E402
                   screenshot, sweep, test, wait_for, walk)

APP = os.environ["WAYMARK_APP"]
CLI = os.environ["WAYMARK_CLI"]

data_dir = tempfile.mkdtemp(prefix="waymark-meeting-")
plan = os.path.join(data_dir, "devon.waymark")
env = dict(os.environ, WAYMARK_DATA_DIR=data_dir, GSK_RENDERER="cairo", GTK_A11Y="atspi",
           WAYMARK_AUTHOR="Shayna Stanbury")
env.pop("NO_AT_BRIDGE", None)
env.pop("GTK_USE_PORTAL", None)  # the file chooser is GTK's own dialog, drivable here

DECISION = "The board signed off the improvement plan for resubmission."
ACTION = "Send the signed-off plan to the DfE and NHS England."


def cli(*args):
    out = subprocess.run([CLI, "--plan", plan, *args], env=env, capture_output=True, text=True)
    if out.returncode != 0:
        raise AssertionError(f"waymark-cli {' '.join(args)} failed: {out.stderr}")
    return out.stdout


def items(kind, parent=None):
    found = json.loads(cli("list", kind, "--json"))
    return [i for i in found if parent is None or i.get("parent") == parent]


def button(root, name):
    """A visible button by its name, or by its label's text."""
    for n in walk(root):
        try:
            if n.getRoleName() not in ("push button", "toggle button") \
                    or not n.getState().contains(pyatspi.STATE_VISIBLE):
                continue
            if n.name == name or find(n, "label", name) is not None:
                return n
        except Exception:
            continue
    return None


def dialog(title=None):
    """A dialog window of the application (AdwMessageDialog, file chooser)."""
    app = application()
    for window in app:
        try:
            # GTK 4.8 calls the file chooser a "filler": any window but the main one.
            if window is not None and window.getRoleName() != "frame" \
                    and (title is None or window.name == title
                         or find(window, "label", title) is not None):
                return window
        except Exception:
            continue
    return None


TAB, RETURN, SPACE, DOWN = 0xff09, 0xff0d, 0x020, 0xff54


def into_view(node):
    """Scrolls the page under the pointer with the mouse wheel until @node is
    on screen, as a person does before clicking it."""
    frame = application().getChildAtIndex(0)
    height = frame.queryComponent().getExtents(pyatspi.WINDOW_COORDS)[3]
    for _ in range(200):
        x, y, w, h = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        if y < 110:
            wheel = "b4c"  # up
        elif y + h > height - 20:
            wheel = "b5c"  # down
        else:
            return
        pyatspi.Registry.generateMouseEvent(x + w // 2, min(max(y, 200), height - 100), wheel)
        time.sleep(0.03)
    raise AssertionError(f"could not scroll to {node.name!r}")


def enter_text(entry, text):
    """Clicks into an entry row, types and applies it with Return."""
    into_view(entry)
    click(entry)
    entry.queryEditableText().setTextContents(text)
    time.sleep(0.3)
    key(RETURN)
    time.sleep(0.8)


def choose_by_keys(combo, steps):
    """Opens a drop-down row and moves down @steps items with the keyboard
    (a popover's items are not where their coordinates say under GTK 4.8
    without a window manager)."""
    into_view(combo)
    click(combo)
    time.sleep(0.5)
    key(DOWN, steps)
    key(RETURN)
    time.sleep(0.6)


def focused(root):
    for n in walk(root):
        try:
            if n.getState().contains(pyatspi.STATE_FOCUSED):
                return n
        except Exception:
            continue
    return None


cli("init", "--sample")
pyatspi.Registry.getDesktop(0).childCount
time.sleep(0.5)
app_process = subprocess.Popen([APP, "--plan", plan], env=env)
state = {}


def workspace_shows(app, name):
    return wait_for(lambda: button(app, name), f"the button {name!r} in the workspace")


@test("the Meetings page lists the board's meetings, newest first, with their status")
def _():
    global app_process
    try:
        app = wait_for(application, "the waymark application on the accessibility bus", timeout=30)
    except AssertionError:
        print("# the window did not show on the accessibility bus in 30 s: starting it again")
        app_process.terminate()
        app_process.wait(timeout=20)
        app_process = subprocess.Popen([APP, "--plan", plan], env=env)
        app = wait_for(application, "the waymark application on the accessibility bus", timeout=45)
    click(wait_for(lambda: find(app, "list item", "Meetings"), "the Meetings row in the sidebar"))
    wait_for(lambda: find(app, "label", "SEND Improvement Partnership Board"), "the board's heading")
    scheduled = wait_for(lambda: find(app, "label", "Wed 22 Feb 2023, 10:00–12:00"), "the 22 February board")
    held = find(app, "label", test=lambda n: n.startswith("Early 2023"))
    assert held is not None, "the January board is not listed"
    y = lambda n: n.queryComponent().getExtents(pyatspi.WINDOW_COORDS)[1]
    assert y(scheduled) < y(held), "the newest meeting is not first"
    assert find(app, "label", "Scheduled") and find(app, "label", "Held"), "no status word"
    screenshot("meeting-01-list")


@test("the recorded January board opens in the workspace with its attendance, agenda and actions")
def _():
    app = application()
    click(find(app, "label", test=lambda n: n.startswith("Early 2023")))
    workspace_shows(app, "Export Minutes…")
    wait_for(lambda: find(app, "combo box", "Trevor Doughty"), "Trevor Doughty's attendance")
    wait_for(lambda: find(app, "label", "4. Case study: Recruitment and Retention of 0 – 25 team"),
             "agenda item 4")
    screenshot("meeting-02-january")
    sweep(app, "the January board's workspace")


@test("a new board meeting takes the board's next slot and times, in a dialog")
def _():
    app = application()
    state["before"] = {m["id"] for m in items("meetings")}
    press(wait_for(lambda: button(app, "New Meeting…"), "the New Meeting button"))
    new = wait_for(lambda: dialog("New Meeting"), "the New Meeting dialog")
    start = wait_for(lambda: find(new, "text", "Starts (HH:MM)"), "the start time")
    assert start.queryText().getText(0, -1) in ("10:00", ""), start
    sweep(new, "the New Meeting dialog")
    screenshot("meeting-03-new")
    press(button(new, "Add Meeting"))
    created = wait_for(lambda: {m["id"] for m in items("meetings")} - state["before"], "a new meeting")
    state["meeting"] = meeting = created.pop()
    shown = json.loads(cli("show", meeting, "--json"))
    assert shown["parent"] == "body-board", shown
    assert shown.get("start_time") == "10:00" and shown.get("end_time") == "12:00", shown
    assert shown.get("status") == "scheduled" and shown.get("date"), shown
    workspace_shows(app, "Close Meeting")
    wait_for(lambda: find(app, "label", test=lambda n: n.startswith("Neither the DfE nor NHS England")),
             "the warning that the DfE and NHS England are not recorded as invited")


@test("the suggested agenda is shown and added in one step")
def _():
    app = application()
    press(wait_for(lambda: button(app, "Suggested Agenda…"), "the Suggested Agenda button"))
    suggested = wait_for(lambda: dialog("Suggested Agenda"), "the suggested agenda")
    wait_for(lambda: find(suggested, "label", test=lambda n: n.startswith("1. ")), "a suggestion")
    screenshot("meeting-04-suggested")
    sweep(suggested, "the suggested agenda")
    press(button(suggested, "Add These Items"))
    agenda = wait_for(lambda: items("agenda_item", state["meeting"]), "the agenda items")
    kinds = [a.get("kind") for a in agenda]
    assert kinds[:2] == ["previous_minutes", "action_log"], kinds
    assert [a.get("number") for a in agenda] == [str(i + 1) for i in range(len(agenda))], agenda
    wait_for(lambda: find(app, "label", test=lambda n: n.startswith("1. ")), "item 1 in the workspace")
    state["agenda"] = agenda


@test("an agenda item moves down with its button, and the numbers follow")
def _():
    app = application()
    first = state["agenda"][0]
    title = f"1. {first['title']}"
    press(wait_for(lambda: button(app, f"Move “{title}” down"), "the first item's Move down button"))
    agenda = wait_for(lambda: (lambda a: a if a[1]["id"] == first["id"] else None)(
        items("agenda_item", state["meeting"])), "the first item second")
    assert agenda[1]["number"] == "2" and agenda[0]["number"] == "1", agenda
    press(wait_for(lambda: button(app, f"Move “2. {first['title']}” up"), "its Move up button"))
    wait_for(lambda: items("agenda_item", state["meeting"])[0]["id"] == first["id"], "back in first place")


@test("attendance is recorded from the board's membership")
def _():
    app = application()
    choose_by_keys(wait_for(lambda: find(app, "combo box", "Trevor Doughty"), "Trevor Doughty's row"), 1)
    wait_for(lambda: [a for a in items("attendance", state["meeting"])
                      if a.get("person") == "person-trevor-doughty" and a.get("status") == "present"],
             "Trevor Doughty recorded as present")
    choose_by_keys(wait_for(lambda: find(app, "combo box", "Jan Spicer"), "Jan Spicer's row"), 2)
    wait_for(lambda: [a for a in items("attendance", state["meeting"])
                      if a.get("person") == "person-jan-spicer" and a.get("status") == "apologies"],
             "Jan Spicer's apologies")
    screenshot("meeting-05-attendance")


@test("a decision and an action arising are recorded as typed; the action is in the log at once")
def _():
    app = application()
    enter_text(wait_for(lambda: find(app, "text", "New decision"), "the new decision field"), DECISION)
    decisions = items("decisions", state["meeting"])
    assert [d["text"] for d in decisions] == [DECISION], decisions
    enter_text(wait_for(lambda: find(app, "text", "New action arising"), "the new action field"), ACTION)
    actions = items("log", state["meeting"])
    assert [a["text"] for a in actions] == [ACTION] and actions[0]["status"] == "open", actions
    state["action"] = actions[0]["id"]
    # The keyboard stays in the new-action field, ready for the next one:
    # Return there adds a second action without a click (then Undo takes it).
    again = wait_for(lambda: find(app, "text", "New action arising"), "the new action field again")
    again.queryEditableText().setTextContents("A second action, typed at once.")
    time.sleep(0.3)
    key(RETURN)
    wait_for(lambda: len(items("log", state["meeting"])) == 2, "the second action, added by Return")
    press(wait_for(lambda: button(app, "Undo (Ctrl+Z)"), "the Undo button"))
    wait_for(lambda: len(items("log", state["meeting"])) == 1, "the second action undone")
    screenshot("meeting-06-decision-action")


@test("undo takes the decision out of the workspace at once, redo brings it back")
def _():
    app = application()
    enter_text(find(app, "text", "New decision"), "A decision typed by mistake.")
    wait_for(lambda: find(app, "label", "A decision typed by mistake."), "the mistaken decision")
    press(wait_for(lambda: button(app, "Undo (Ctrl+Z)"), "the Undo button"))
    wait_for(lambda: find(app, "label", "A decision typed by mistake.") is None, "the decision gone")
    assert [d["text"] for d in items("decisions", state["meeting"])] == [DECISION]
    press(button(app, "Redo (Ctrl+Shift+Z)"))
    wait_for(lambda: find(app, "label", "A decision typed by mistake."), "the decision back")
    press(button(app, "Undo (Ctrl+Z)"))
    wait_for(lambda: find(app, "label", "A decision typed by mistake.") is None, "the decision gone again")


@test("the action log is reviewed: an update is recorded at this meeting")
def _():
    app = application()
    heading = wait_for(lambda: find(app, "label", test=lambda n: n.startswith("J Wooster suggested")),
                       "the first open action of January, in the review")
    into_view(heading)
    click(heading)  # expands it
    update = wait_for(lambda: find(app, "text", "Update at this meeting"), "its update field")
    enter_text(update, "Job titles added to the membership list.")
    updates = [u for u in items("progress_update") if u.get("meeting") == state["meeting"]]
    assert len(updates) == 1 and updates[0]["text"] == "Job titles added to the membership list.", updates
    item = json.loads(cli("show", updates[0]["parent"], "--json"))
    assert item["update"] == "Job titles added to the membership list.", item
    screenshot("meeting-07-review")


@test("closing with gaps names what is missing, then records the meeting as held")
def _():
    app = application()
    press(wait_for(lambda: button(app, "Close Meeting"), "the Close Meeting button"))
    ask = wait_for(lambda: dialog("Close the Meeting With Gaps?"), "the question")
    body = " ".join(n.name for n in walk(ask) if n.getRoleName() == "label")
    for gap in ("The DfE is not recorded as invited.", "NHS England is not recorded as invited.",
                "The action log is not marked as reviewed.", "have no update"):
        assert gap in body, (gap, body)
    screenshot("meeting-08-close")
    sweep(ask, "the question before closing")
    press(button(ask, "Close Meeting"))
    wait_for(lambda: json.loads(cli("show", state["meeting"], "--json")).get("status") == "held",
             "the meeting recorded as held")


@test("the action is on the Action Log page, and opens in its meeting")
def _():
    app = application()
    click(wait_for(lambda: find(app, "list item", "Action Log"), "the Action Log row"))
    log = wait_for(lambda: find(app, "list", "Action log"), "the action log")
    row = wait_for(lambda: find(log, "label", ACTION), "the action in the action log")
    wait_for(lambda: find(app, "label", "4 of 4 actions"), "the action log's count")
    screenshot("meeting-09-action-log")
    click(row)
    wait_for(lambda: (lambda n: n is not None and (n.name.startswith(ACTION) or find(n, "label", ACTION)))(
        focused(app)), "the action focused in its meeting's workspace")
    screenshot("meeting-10-opened")


@test("the minutes exported as PDF hold the decision")
def _():
    app = application()
    pdf = os.path.join(data_dir, "board-minutes.pdf")
    press(wait_for(lambda: button(app, "Export Minutes…"), "the Export Minutes button"))
    chooser = wait_for(lambda: dialog("Export Minutes"), "the file chooser")
    name = wait_for(lambda: find(chooser, "text", "Name:"), "the file name field")
    name.queryEditableText().setTextContents(pdf)
    time.sleep(0.3)
    screenshot("meeting-11-export")
    press(button(chooser, "Export"))
    wait_for(lambda: os.path.exists(pdf) and os.path.getsize(pdf) > 0, "the PDF", timeout=15)
    if shutil.which("pdftotext") is None:
        print("# pdftotext is not installed: the PDF's text is not checked")
        return
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    assert DECISION in flat, flat[:800]
    assert ACTION in flat, flat[:800]


failed = run_tests()

app_process.terminate()
app_process.wait(timeout=10)
print(f"# screenshots in {SHOTS}")
sys.exit(1 if failed else 0)
