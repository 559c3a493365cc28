#!/usr/bin/python3
# plugins/ehc-backlog/tests/test-ehc-ui.py: the EHC Backlog page in the window,
# over AT-SPI as a screen reader user meets it, with only this plugin loaded:
# the illustrative sample's key figures and charts named in words, every
# control named, a month added through the dialog (the figures follow), taken
# back with the toast's Undo, and a month deleted and brought back.
# Prints TAP; saves screenshots in $WAYMARK_SCREENSHOT_DIR.
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.environ["WAYMARK_SOURCE_DIR"], "tests", "ui"))
from wmkui import (application, find, find_all, press, run_tests, screenshot,  # noqa: E402
                   start_app, sweep, test, wait_for, walk)

APP = os.environ["WAYMARK_APP"]
CLI = os.environ["WAYMARK_CLI"]

data_dir = tempfile.mkdtemp(prefix="waymark-ehc-ui-")
plan = os.path.join(data_dir, "devon.waymark")
env = dict(os.environ, WAYMARK_DATA_DIR=data_dir, GSK_RENDERER="cairo", GTK_A11Y="atspi",
           WAYMARK_AUTHOR="Shayna Stanbury")
env.pop("NO_AT_BRIDGE", None)
subprocess.run([CLI, "--plan", plan, "init", "--sample"], env=env, check=True,
               capture_output=True)
app_process = start_app([APP, "--plan", plan, "--page", "ehc-backlog.backlog"], env)


def labels(app, predicate):
    return find_all(app, lambda n: n.getRoleName() == "label" and predicate(n.name or ""))


def button(name):
    """A button by its name, or by its label's (GTK 4.8 may name it only so)."""
    app = application()
    found = find(app, "push button", name)
    if found is None:
        found = next((n.parent for n in labels(app, lambda t: t == name)
                      if n.parent is not None and n.parent.getRoleName() == "push button"),
                     None)
    return found


def undo_from_toast(message):
    """Finds the toast saying @message and presses its Undo (one walk of the
    window, quick enough to beat the toast's timeout)."""
    toast = wait_for(lambda: find(application(), "filler", "AdwToastWidget"), "the toast")
    said = [n.name for n in walk(toast) if n.getRoleName() == "label"]
    assert message in said, f"the toast says {said}"
    undo = next(n for n in walk(toast) if n.getRoleName() == "push button"
                and (n.name or "").endswith("Undo"))
    press(undo)


def backlog_figure(app, value):
    return wait_for(lambda: labels(app, lambda t: t == value), f"the backlog figure {value}")


@test("the page shows the illustrative sample's figures")
def _():
    app = application()
    wait_for(lambda: labels(app, lambda t: t.startswith("Illustrative figures")),
             "the illustrative label")
    backlog_figure(app, "345")
    assert labels(app, lambda t: t == "59%"), "no % within 20 weeks"
    assert labels(app, lambda t: t == "Nov 2024"), "no forecast clearance month"
    assert labels(app, lambda t: "not clearing" in t or "clears in November 2024" in t)
    screenshot("ehc-01-page")


@test("the charts say what they show in words")
def _():
    app = application()
    charts = find_all(app, lambda n: (n.name or "").startswith("Backlog burn-down chart: 2,100 "
                                                                "in January 2023"))
    assert charts, "the burn-down chart has no text alternative"
    assert find_all(app, lambda n: (n.name or "").startswith("Chart of plans issued within 20 "
                                                             "weeks: 9% in January 2023"))


@test("every control on the page is named")
def _():
    sweep(application(), "EHC Backlog")


@test("a month added through the dialog changes the figures, and Undo takes it back")
def _():
    app = application()
    press(wait_for(lambda: button("Add Month"), "the Add Month button"))
    month = wait_for(lambda: find(application(), "text", "Month (Mar 2023 or 01/03/2023)"),
                     "the month field")
    month.queryEditableText().setTextContents("Jul 2024")
    find(application(), "text", "Annual reviews overdue").queryEditableText() \
        .setTextContents("130")
    find(application(), "text", "Needs assessments waiting").queryEditableText() \
        .setTextContents("150")
    screenshot("ehc-02-add-month")
    press(wait_for(lambda: button("Save"), "Save"))
    backlog_figure(application(), "280")
    undo_from_toast("Added the figures for July 2024")
    backlog_figure(application(), "345")


@test("a bad figure is named and nothing is saved")
def _():
    app = application()
    press(wait_for(lambda: button("Add Month"), "the Add Month button"))
    month = wait_for(lambda: find(application(), "text", "Month (Mar 2023 or 01/03/2023)"),
                     "the month field")
    month.queryEditableText().setTextContents("Aug 2024")
    find(application(), "text", "EHC plans issued").queryEditableText().setTextContents("12a")
    press(wait_for(lambda: button("Save"), "Save"))
    wait_for(lambda: labels(application(), lambda t: t == "EHC plans issued: “12a” is not a "
                                                          "number."), "the error")
    screenshot("ehc-03-bad-figure")
    press(wait_for(lambda: button("Cancel"), "Cancel"))
    time.sleep(0.5)
    backlog_figure(application(), "345")


@test("a month deleted from its dialog comes back with Undo")
def _():
    app = application()
    press(wait_for(lambda: find_all(app, lambda n: n.getRoleName() == "push button" and (
        n.name or "").startswith("Edit the figures for June 2024")), "June 2024's button")[0])
    press(wait_for(lambda: button("Delete This Month"), "the Delete button"))
    # May 2024 is the latest now: 240 reviews and 178 assessments.
    backlog_figure(application(), "418")
    undo_from_toast("Deleted the figures for June 2024")
    backlog_figure(application(), "345")
    screenshot("ehc-04-after-undo")


failed = run_tests()
app_process.terminate()
app_process.wait(10)
sys.exit(1 if failed else 0)
