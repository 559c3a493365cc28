#!/usr/bin/python3
# tests/sync/test-syncthing.py: two plan copies kept in step by a real sync
# engine (docs/sync.md "Testing"; ../shared/SYNC.md §3.7).
#
# Two Syncthing instances run on loopback inside a private network namespace
# (unshare -n, or unshare -rn without root), so nothing can leave the machine:
# no global or local discovery, no relays, no NAT, each device told the other's
# 127.0.0.1 address. Laptop A shares the sample plan (waymark-cli sync FOLDER_A);
# once Syncthing has carried it over, laptop B joins it (waymark-cli join
# FOLDER_B). Each then makes its own edits, and both edit one field while
# neither has seen the other's; sync rounds run until the JSON exports are
# identical (at most 120 s), and `conflicts` lists that field on both with both
# values. Then B goes offline (Syncthing paused), both edit, B comes back, and
# they converge again. Prints how long each convergence took.
#
# TAP. Skipped (1..0 # SKIP) only when syncthing is not installed or no network
# namespace can be made. SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET

CONVERGE_S = 120
API_KEY = "waymark-sync-engine-test"
FOLDER = "plan"


def skip(why):
    print("1..0 # SKIP " + why)
    sys.exit(0)


def enter_namespace():
    """Re-runs this script inside a private network namespace."""
    if shutil.which("syncthing") is None:
        skip("syncthing is not installed (Debian package syncthing)")
    if shutil.which("unshare") is None:
        skip("unshare is not available (util-linux)")
    for cmd in (["unshare", "-n"], ["unshare", "-rn"]):
        try:
            ok = subprocess.run(cmd + ["true"], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL).returncode == 0
        except OSError:
            ok = False
        if ok:
            env = dict(os.environ, WAYMARK_IN_NETNS=" ".join(cmd))
            os.execvpe(cmd[0], cmd + [sys.executable, os.path.abspath(__file__)], env)
    skip("no private network namespace can be made here (unshare -n and unshare -rn fail)")


def loopback_up():
    """ip link set lo up, without needing iproute2."""
    import fcntl
    import socket
    import struct
    SIOCGIFFLAGS, SIOCSIFFLAGS, IFF_UP = 0x8913, 0x8914, 0x1
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        ifreq = struct.pack("16sh", b"lo", 0)
        flags = struct.unpack("16sh", fcntl.ioctl(s, SIOCGIFFLAGS, ifreq))[1]
        fcntl.ioctl(s, SIOCSIFFLAGS, struct.pack("16sh", b"lo", flags | IFF_UP))


class Tap:
    def __init__(self):
        self.n = 0
        self.failed = 0

    def ok(self, cond, what, detail=""):
        self.n += 1
        print(("ok %d - %s" if cond else "not ok %d - %s") % (self.n, what))
        if not cond:
            self.failed += 1
            for line in str(detail).splitlines():
                print("# " + line)
        sys.stdout.flush()
        return cond

    def note(self, text):
        print("# " + text)
        sys.stdout.flush()


class Syncthing:
    def __init__(self, root, name, listen_port, gui_port):
        self.name = name
        self.home = os.path.join(root, "st-" + name)
        self.folder = os.path.join(root, "folder-" + name)
        self.listen = "tcp://127.0.0.1:%d" % listen_port
        self.gui = "127.0.0.1:%d" % gui_port
        self.proc = None
        out = subprocess.run(["syncthing", "generate", "--home=" + self.home,
                              "--no-default-folder"], capture_output=True, text=True,
                             check=True)
        self.device_id = subprocess.run(["syncthing", "serve", "--home=" + self.home,
                                         "--device-id"], capture_output=True, text=True,
                                        check=True).stdout.strip()
        assert self.device_id, out.stdout + out.stderr
        self.configure()

    def configure(self):
        path = os.path.join(self.home, "config.xml")
        tree = ET.parse(path)
        root = tree.getroot()
        gui = root.find("gui")
        gui.set("tls", "false")
        gui.find("address").text = self.gui
        gui.find("apikey").text = API_KEY
        options = root.find("options")
        for key, value in {
            "listenAddress": self.listen,
            "globalAnnounceEnabled": "false",
            "localAnnounceEnabled": "false",
            "relaysEnabled": "false",
            "natEnabled": "false",
            "startBrowser": "false",
            "urAccepted": "-1",
            "autoUpgradeIntervalH": "0",
            "crashReportingEnabled": "false",
            "reconnectionIntervalS": "1",
        }.items():
            element = options.find(key)
            if element is None:
                element = ET.SubElement(options, key)
            element.text = value
        # The generated "vm" device is this one; named for the logs.
        for device in root.findall("device"):
            device.set("name", "laptop-" + self.name)
        tree.write(path)

    def start(self, log_dir):
        env = dict(os.environ, STNOUPGRADE="1", STNORESTART="1", HOME=self.home)
        self.log = open(os.path.join(log_dir, "syncthing-%s.log" % self.name), "w")
        self.proc = subprocess.Popen(["syncthing", "serve", "--home=" + self.home,
                                      "--no-browser", "--no-restart", "--no-upgrade",
                                      "--logflags=3"],
                                     stdout=self.log, stderr=subprocess.STDOUT, env=env)

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc:
            self.log.close()

    def api(self, method, path, body=None, timeout=30):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request("http://%s%s" % (self.gui, path), data=data,
                                         method=method,
                                         headers={"X-API-Key": API_KEY,
                                                  "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            text = response.read().decode()
        return json.loads(text) if text.strip().startswith(("{", "[")) else text

    def wait_up(self, limit=30):
        end = time.monotonic() + limit
        while time.monotonic() < end:
            if self.proc.poll() is not None:
                return False
            try:
                if self.api("GET", "/rest/system/ping").get("ping") == "pong":
                    return True
            except (urllib.error.URLError, ConnectionError, OSError):
                pass
            time.sleep(0.2)
        return False

    def add_peer_and_folder(self, peer):
        self.api("POST", "/rest/config/devices",
                 {"deviceID": peer.device_id, "name": "laptop-" + peer.name,
                  "addresses": [peer.listen], "autoAcceptFolders": False})
        self.api("POST", "/rest/config/folders",
                 {"id": FOLDER, "label": "Waymark plan", "path": self.folder,
                  "type": "sendreceive", "rescanIntervalS": 10, "fsWatcherEnabled": True,
                  "fsWatcherDelayS": 1,
                  "devices": [{"deviceID": self.device_id}, {"deviceID": peer.device_id}]})

    def connected(self, peer):
        connections = self.api("GET", "/rest/system/connections")["connections"]
        return connections.get(peer.device_id, {}).get("connected", False)

    def scan(self):
        self.api("POST", "/rest/db/scan?folder=" + FOLDER, timeout=60)

    def in_step_with(self, peer):
        """Idle, needing nothing, and the peer has everything we have."""
        status = self.api("GET", "/rest/db/status?folder=" + FOLDER)
        completion = self.api("GET", "/rest/db/completion?folder=%s&device=%s"
                              % (FOLDER, peer.device_id))
        return (status.get("state") == "idle" and status.get("needTotalItems", 1) == 0
                and completion.get("needItems", 1) == 0 and completion.get("needDeletes", 1) == 0
                and completion.get("completion", 0) >= 100)


def wait_for(predicate, limit):
    end = time.monotonic() + limit
    while time.monotonic() < end:
        try:
            if predicate():
                return True
        except (urllib.error.URLError, ConnectionError, OSError, KeyError):
            pass
        time.sleep(0.25)
    return False


class Laptop:
    def __init__(self, root, name, author, cli, syncthing):
        self.name = name
        self.data = os.path.join(root, "data-" + name)
        os.makedirs(self.data)
        self.plan = os.path.join(self.data, "plan.waymark")
        self.author = author
        self.cli = cli
        self.st = syncthing

    def run(self, *args, check=True):
        env = dict(os.environ, WAYMARK_DATA_DIR=self.data, LC_ALL="C.UTF-8")
        result = subprocess.run([self.cli, "--plan", self.plan, "--author", self.author]
                                + list(args), capture_output=True, text=True, env=env)
        if check and result.returncode != 0:
            raise RuntimeError("waymark-cli %s on %s failed: %s%s"
                               % (" ".join(args), self.name, result.stdout, result.stderr))
        return result.stdout

    def sync(self, folder=None):
        out = self.run("sync", "--json", *([folder] if folder else []))
        self.st.scan()  # publish now rather than at the watcher's next event
        return json.loads(out)

    def export(self):
        return self.run("export", "--format", "json")

    def conflicts(self):
        return json.loads(self.run("conflicts", "--json"))


def converge(tap, a, b, what):
    """Sync rounds until both exports are identical; returns (seconds, rounds)."""
    start = time.monotonic()
    rounds = 0
    while True:
        rounds += 1
        a.sync()
        b.sync()
        wait_for(lambda: a.st.in_step_with(b.st) and b.st.in_step_with(a.st), 20)
        a.sync()
        b.sync()
        if a.export() == b.export():
            seconds = time.monotonic() - start
            tap.ok(True, "%s: identical JSON exports after %.1f s (%d rounds)"
                   % (what, seconds, rounds))
            return seconds
        if time.monotonic() - start > CONVERGE_S:
            tap.ok(False, "%s: identical JSON exports within %d s" % (what, CONVERGE_S),
                   "still different after %d rounds" % rounds)
            return None


def conflict_values(conflicts, ref, field):
    for c in conflicts:
        if c.get("ref") == ref and c.get("field") == field and c.get("kind") == "field":
            return sorted(v["value"] for v in c["values"])
    return None


def run(tap, root, cli):
    started = time.monotonic()
    st_a = Syncthing(root, "a", 22001, 8381)
    st_b = Syncthing(root, "b", 22002, 8382)
    try:
        st_a.start(root)
        st_b.start(root)
        if not tap.ok(st_a.wait_up() and st_b.wait_up(), "both Syncthing instances answer"):
            return
        st_a.add_peer_and_folder(st_b)
        st_b.add_peer_and_folder(st_a)
        link_start = time.monotonic()
        linked = wait_for(lambda: st_a.connected(st_b) and st_b.connected(st_a), 60)
        if not tap.ok(linked, "the two devices connect on loopback"):
            return
        tap.note("connected in %.1f s" % (time.monotonic() - link_start))

        a = Laptop(root, "a", "Sam Lee", cli, st_a)
        b = Laptop(root, "b", "Alex Kerr", cli, st_b)
        a.run("init", "--sample")
        first = a.sync(st_a.folder)
        carried_start = time.monotonic()
        marker = os.path.join(st_b.folder, "plan.wmk")
        carried = wait_for(lambda: os.path.exists(marker) and st_b.in_step_with(st_a)
                           and st_a.in_step_with(st_b), 60)
        tap.ok(carried and first["published"] > 0,
               "A shares the plan (%d changes published) and Syncthing carries it to B in %.1f s"
               % (first["published"], time.monotonic() - carried_start))
        b.run("join", st_b.folder)
        tap.ok(a.export() == b.export(), "B's joined copy exports the same JSON as A's")

        # Different edits on each laptop, and one field edited on both before
        # either has seen the other's edit.
        a.run("set", "1.2.3", "rag", "green")
        a.run("set", "1.2.4", "note", "Dashboard agreed at the January board")
        b.run("set", "1.2.5", "due", "2023-05-31")
        b.run("set", "1.3.1", "rag", "amber")
        a.run("set", "1.1.1", "rag", "amber")
        b.run("set", "1.1.1", "rag", "red")
        seconds = converge(tap, a, b, "different edits and one concurrent edit")
        if seconds is None:
            return
        for laptop in (a, b):
            show = laptop.run("show", "1.2.5")
            tap.ok("2023-05-31" in show and "green" in laptop.run("show", "1.2.3"),
                   "%s has both laptops' edits" % laptop.name.upper(), show)
        ca, cb = a.conflicts(), b.conflicts()
        tap.ok(conflict_values(ca, "1.1.1", "rag") == ["amber", "red"]
               and conflict_values(cb, "1.1.1", "rag") == ["amber", "red"] and ca == cb,
               "conflicts lists 1.1.1 rag on both laptops with both values (amber, red)",
               json.dumps({"a": ca, "b": cb}, indent=1))

        # B goes offline (its Syncthing paused); both edit; B comes back.
        st_b.api("POST", "/rest/system/pause")
        wait_for(lambda: not st_a.connected(st_b), 30)
        a.run("set", "1.2.3", "rag_reason", "Structure in place since March")
        a.run("resolve", "1.1.1", "rag", "amber")
        b.run("set", "1.2.4", "rag", "amber")
        a.sync()
        b.sync()
        tap.ok(a.export() != b.export(), "while B is offline the copies differ")
        st_b.api("POST", "/rest/system/resume")
        wait_for(lambda: st_a.connected(st_b) and st_b.connected(st_a), 60)
        seconds_offline = converge(tap, a, b, "after B was offline")
        if seconds_offline is not None:
            tap.ok(a.conflicts() == [] and b.conflicts() == [],
                   "the conflict resolved on A while B was offline is resolved on both")
        tap.note("convergence: %.1f s with both online, %s after the offline period; "
                 "whole test %.1f s"
                 % (seconds, "%.1f s" % seconds_offline if seconds_offline else "none",
                    time.monotonic() - started))
    finally:
        st_a.stop()
        st_b.stop()


def main():
    if not os.environ.get("WAYMARK_IN_NETNS"):
        enter_namespace()
    cli = os.environ.get("WAYMARK_CLI")
    if not cli or not os.path.exists(cli):
        print("1..0 # SKIP WAYMARK_CLI is not set to a built waymark-cli")
        return 0
    loopback_up()
    tap = Tap()
    tap.note("inside `%s`: a private network namespace with only lo" % os.environ["WAYMARK_IN_NETNS"])
    root = tempfile.mkdtemp(prefix="waymark-syncthing-")
    try:
        run(tap, root, cli)
    except Exception as e:  # a broken step is a failure, with its reason
        tap.ok(False, "the scenario ran to its end", repr(e))
    finally:
        keep = tap.failed and os.environ.get("WAYMARK_KEEP_SYNC_DIR")
        if tap.failed:
            for name in ("a", "b"):
                path = os.path.join(root, "syncthing-%s.log" % name)
                if os.path.exists(path):
                    with open(path) as f:
                        tail = f.read().splitlines()[-15:]
                    tap.note("syncthing-%s.log:" % name)
                    for line in tail:
                        tap.note("  " + line)
        if not keep:
            shutil.rmtree(root, ignore_errors=True)
    print("1..%d" % tap.n)
    return 1 if tap.failed else 0


if __name__ == "__main__":
    sys.exit(main())
