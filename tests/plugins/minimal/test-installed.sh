#!/bin/sh
# test-installed.sh: the minimal plugin, built the way a team outside this tree
# builds one: from the INSTALLED headers and waymark-1.pc only (meson install
# into a temporary DESTDIR, then cc with pkg-config), then loaded by the
# installed waymark-cli through WAYMARK_PLUGIN_PATH. Its entities must survive
# add, export, import and undo; and a copy of the plan without the plugin
# must keep and pass on its items when it syncs.
#
# Arguments: BUILD_ROOT SOURCE_ROOT PREFIX LIBDIR (as meson knows them).
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

build=$1 source=$2 prefix=$3 libdir=$4
n=0 failed=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=1; echo "not ok $n - $1"; }
check () { if eval "$2"; then ok "$1"; else not_ok "$1"; fi; }
bail () { echo "Bail out! $1"; exit 1; }

tmp=$(mktemp -d) || bail "no temporary folder"
trap 'rm -rf "$tmp"' EXIT
dest=$tmp/dest
root=$dest$prefix

# 1. Install the build into a temporary DESTDIR.
meson install -C "$build" --no-rebuild --quiet --destdir "$dest" >"$tmp/install.log" 2>&1 \
  || { cat "$tmp/install.log" | sed 's/^/# /'; bail "meson install failed"; }
pc_dir=$root/$libdir/pkgconfig
check "waymark-1.pc is installed" '[ -f "$pc_dir/waymark-1.pc" ]'
check "waymark.h is installed in include/waymark-1" '[ -f "$root/include/waymark-1/waymark.h" ]'
check "no installed header needs config.h" \
  '! grep -l "config.h" "$root"/include/waymark-1/*.h >/dev/null 2>&1'

# The installed .pc file says prefix=PREFIX; staged in DESTDIR, its copy says
# where the DESTDIR put it (--define-variable would move json-glib's too).
mkdir -p "$tmp/pc"
sed "s|^prefix=.*|prefix=$root|" "$pc_dir/waymark-1.pc" >"$tmp/pc/waymark-1.pc"
pc () { PKG_CONFIG_PATH=$tmp/pc pkg-config "$@" waymark-1; }
pkglibdir=$(pc --variable=pkglibdir)
check "pkg-config's pkglibdir holds libwaymark" '[ -f "$pkglibdir/libwaymark.so" ]'
check "pkg-config names the plugins folder" \
  '[ "$(pc --variable=pluginsdir)" = "$pkglibdir/plugins" ]'

# The installed programs find libwaymark in the private folder by their RUNPATH.
cli=$root/bin/waymark-cli
runpath=$(readelf -d "$cli" 2>/dev/null | sed -n 's/.*R[UN]*PATH.*\[\(.*\)\]/\1/p')
check "the installed waymark-cli's RUNPATH is $prefix/$libdir/waymark" \
  '[ "$runpath" = "$prefix/$libdir/waymark" ]'

# 2. Build the plugin against the installed files only.
mkdir -p "$tmp/plugins"
# shellcheck disable=SC2046
if cc -shared -fPIC -Wall -Werror -o "$tmp/plugins/minimal.so" \
     "$source/tests/plugins/minimal/wmk-minimal-plugin.c" $(pc --cflags --libs) \
     >"$tmp/cc.log" 2>&1; then
  ok "minimal builds with cc \$(pkg-config --cflags --libs waymark-1)"
else
  sed 's/^/# /' "$tmp/cc.log"
  bail "minimal does not build against the installed headers"
fi

# 3. The installed CLI loads it (the DESTDIR stands in for the prefix: the
#    library is found through LD_LIBRARY_PATH instead of the RUNPATH).
export LD_LIBRARY_PATH=$pkglibdir WAYMARK_DATA_DIR=$tmp/data XDG_DATA_HOME=$tmp/xdg
export WAYMARK_PLUGIN_PATH=$tmp/plugins
plan=$tmp/data/p.waymark
mkdir -p "$tmp/data"
run () { "$cli" --plan "$plan" "$@"; }

out=$(run plugins --json)
check "waymark-cli plugins lists minimal as loaded" \
  'echo "$out" | python3 -c "import json,sys; r=json.load(sys.stdin); sys.exit(0 if [x[\"status\"] for x in r if x[\"id\"]==\"minimal\"]==[\"loaded\"] else 1)"'

run init --empty "Plugin test" >/dev/null || bail "init failed"
id=$(run add minimal.survey date=2023-12-31 responses=40 rated_good=30)
check "add minimal.survey prints the new item's id" '[ -n "$id" ]'
check "show reads its fields by their labels" \
  'run show "$id" | grep -q "Families who answered *40"'
check "set checks the field's kind" '! run set "$id" responses many 2>/dev/null'
run set "$id" rated_good 32 >/dev/null
run export --format json -o "$tmp/plan.json" >/dev/null
check "export writes the plugin's item with its type and fields" \
  'grep -q "\"type\": \"minimal.survey\"" "$tmp/plan.json" && grep -q "\"rated_good\": 32" "$tmp/plan.json"'
check "the export matches the plan file's JSON Schema" \
  'python3 -c "import json,jsonschema,sys; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))" "$tmp/plan.json" "$source/data/waymark-plan.schema.json" 2>/dev/null || ! python3 -c "import jsonschema" 2>/dev/null'
"$cli" --plan "$tmp/data/imported.waymark" import "$tmp/plan.json" >/dev/null
check "import brings the plugin's item back" \
  '"$cli" --plan "$tmp/data/imported.waymark" show "$id" --json | grep -q "\"rated_good\": 32"'
run undo >/dev/null
check "undo takes back the change to the plugin's item" \
  'run show "$id" --json | grep -q "\"rated_good\": 30"'
run undo >/dev/null
check "undo takes back the plugin's item" '! run show "$id" >/dev/null 2>&1'
run redo >/dev/null
check "redo brings it back" 'run show "$id" >/dev/null 2>&1'

# 4. Sync: a copy without the plugin keeps the plugin's items and passes them on.
run sync "$tmp/shared" >/dev/null || bail "sync failed"
WAYMARK_PLUGIN_PATH= "$cli" --plan "$tmp/data/bare.waymark" join "$tmp/shared" >/dev/null \
  || bail "join failed"
bare () { WAYMARK_PLUGIN_PATH= "$cli" --plan "$tmp/data/bare.waymark" "$@"; }
check "a copy without the plugin holds its item all the same" \
  'bare export --format json | grep -q "\"id\": \"$id\""'
check "without the plugin, waymark-cli refuses to edit it, in one sentence" \
  'bare set "$id" responses 41 2>&1 | grep -q "which this version of Waymark cannot edit"'
plan_id=$(bare list plan --json | python3 -c "import json,sys; print(json.load(sys.stdin)[0][\"id\"])")
bare set "$plan_id" title "Plugin test, renamed without the plugin" >/dev/null
bare sync >/dev/null || bail "sync without the plugin failed"
run set "$id" responses 45 >/dev/null
run sync >/dev/null
bare sync >/dev/null
run sync >/dev/null
check "the copy with the plugin gets the other's edit" \
  'run show "$plan_id" | grep -q "renamed without the plugin"'
check "the copy without the plugin passes the item on with its latest value" \
  'bare export --format json | grep -q "\"responses\": 45"'
bare export --format json >"$tmp/bare.json"
"$cli" --plan "$tmp/data/from-bare.waymark" import "$tmp/bare.json" >/dev/null
check "a file exported without the plugin imports with the plugin, item intact" \
  '"$cli" --plan "$tmp/data/from-bare.waymark" show "$id" | grep -q "Families who answered *45"'

echo "1..$n"
exit $failed
