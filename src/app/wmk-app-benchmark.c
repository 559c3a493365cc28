/* wmk-app-benchmark.c: how long the window takes to draw a plan and to filter it
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `waymark --plan FILE --benchmark` (a hidden option) prints, one figure a
 * line, then quits:
 *
 *   first frame: N ms      from the process's start to the end of the first
 *                          frame that draws the open plan: the first
 *                          after-paint of the window's frame clock once the
 *                          plan's pages are mapped (it opens on the Overview)
 *   plan page: N ms        from showing the Plan page to the end of its first frame
 *   keystroke "a": N ms    one filter update of the Plan page's search (below)
 *   keystroke median: N ms
 *   rss …: N MB            VmRSS (and VmHWM, the peak) from /proc/self/status
 *
 * tests/bench/bench-window.sh runs it under Xvfb and prints the medians of
 * several runs beside their targets. Nothing here asserts a speed. No string
 * is translated: the output is for people measuring (the script runs it with
 * LC_ALL=C.UTF-8, so that numbers have a decimal point).
 *
 * The process's start is read from /proc/self/stat, so that the figure
 * includes loading the libraries; that clock counts in ticks (10 ms on most
 * systems), so "first frame" can be up to one tick too long. Without /proc the
 * start is when this program's constructors ran, after the libraries loaded.
 *
 * What a keystroke costs: the search entry waits 150 ms after a key before it
 * says the search changed; that wait is deliberate, not work, so it is left
 * out. The benchmark types the text (type_text () says how) and emits
 * search-changed at once, as the entry's timer would. That runs the page's
 * filter: the GtkFilterListModel (not incremental) refilters every action and
 * the page updates or rebuilds its column view's model, all before the
 * emission returns ("filter"). Then the next frame lays out the column view,
 * binding the rows now visible, and paints: that work, from the frame clock's
 * before-paint to its after-paint, is added ("frame"). The time the frame
 * clock waits for its slot is not. So a keystroke is "filter + frame": what a
 * person waits, once the search has started, between a key and the list.
 */

#include "config.h"

#include "wmk-app-benchmark.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "wmk-plan-page.h"

#define PAUSE_MS 300        /* between steps: longer than the search entry's 150 ms delay */
#define GIVE_UP_SECONDS 600

static const char *const keystrokes[] = { "a", "an", "ann", "annual", "3.3", "zz" };

typedef enum
{
  WAIT_FIRST_FRAME,
  WAIT_PLAN_PAGE,
  WAIT_KEYSTROKE,
  PAUSED,
} Stage;

typedef struct
{
  WmkWindow     *window;
  GdkFrameClock *clock;
  GtkWidget     *pages;         /* the view stack: mapped once a plan is shown */
  GtkWidget     *plan_page;
  GtkWidget     *search_entry;
  GtkWidget     *count_label;   /* (nullable): "N of M actions", beside the entry */
  Stage          stage;
  gint64         start_us;      /* when what is being measured began */
  gint64         filter_us;     /* a keystroke's synchronous part */
  gint64         paint_start_us;
  guint          keystroke;
  GArray        *keystroke_ms;
  guint          give_up_id;
} Benchmark;

/* The start of the process, in g_get_monotonic_time ()'s clock. */
static gint64 process_start_us;
static gint64 constructor_us;

/* /proc/self/stat's field 22 is the start time in ticks since boot, which is
 * CLOCK_BOOTTIME; g_get_monotonic_time () is CLOCK_MONOTONIC, and the two
 * differ only by time spent suspended, so one reading of each converts. */
static gboolean
read_process_start (gint64 *start_us)
{
  g_autofree char *stat = NULL;
  g_auto(GStrv) fields = NULL;
  const char *end_of_name;
  long ticks_per_second = sysconf (_SC_CLK_TCK);
  guint64 ticks = 0;
  struct timespec boot;
  gint64 now_us;

  if (ticks_per_second <= 0 || !g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL))
    return FALSE;
  /* The name, field 2, is in brackets and may hold spaces. */
  end_of_name = strrchr (stat, ')');
  if (end_of_name == NULL || end_of_name[1] == '\0')
    return FALSE;
  fields = g_strsplit (end_of_name + 2, " ", -1); /* fields[0] is field 3 */
  if (g_strv_length (fields) < 20
      || !g_ascii_string_to_unsigned (fields[19], 10, 0, G_MAXUINT64, &ticks, NULL))
    return FALSE;
  now_us = g_get_monotonic_time ();
  if (clock_gettime (CLOCK_BOOTTIME, &boot) != 0)
    return FALSE;
  *start_us = now_us - ((gint64) boot.tv_sec * G_USEC_PER_SEC + boot.tv_nsec / 1000
                        - (gint64) (ticks * G_USEC_PER_SEC / (guint64) ticks_per_second));
  return TRUE;
}

/* As early as this program can run code: before main, after the libraries. */
__attribute__ ((constructor)) static void
record_start (void)
{
  constructor_us = g_get_monotonic_time ();
  if (!read_process_start (&process_start_us) || process_start_us > constructor_us)
    process_start_us = constructor_us;
}

static double
ms_between (gint64 from_us, gint64 to_us)
{
  return (to_us - from_us) / 1000.0;
}

/* A size from /proc/self/status ("VmRSS", "VmHWM") in MB of 10^6 bytes, or -1. */
static double
status_mb (const char *key)
{
  g_autofree char *status = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  lines = g_strsplit (status, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    if (g_str_has_prefix (lines[i], key) && lines[i][strlen (key)] == ':')
      return g_ascii_strtod (lines[i] + strlen (key) + 1, NULL) * 1024 / 1e6; /* in kB */
  return -1;
}

static void
print_rss (const char *when)
{
  g_print ("rss %s: %.1f MB\n", when, status_mb ("VmRSS"));
}

static GtkWidget *
find_widget (GtkWidget *widget, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);
      if (found)
        return found;
    }
  return NULL;
}

static void
fail (const char *message)
{
  g_printerr ("waymark --benchmark: %s\n", message);
  exit (EXIT_FAILURE);
}

static gboolean
give_up (gpointer data)
{
  fail ("gave up waiting for a frame (is a plan open, and is there a display?)");
  return G_SOURCE_REMOVE;
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

static void
finish (Benchmark *bench)
{
  GArray *ms = bench->keystroke_ms;
  guint n = ms->len;
  double median;

  g_array_sort (ms, compare_doubles);
  median = n % 2 ? g_array_index (ms, double, n / 2)
                 : (g_array_index (ms, double, n / 2 - 1) + g_array_index (ms, double, n / 2)) / 2;
  g_print ("keystroke median: %.1f ms (%u keystrokes, max %.1f ms)\n", median, n,
           g_array_index (ms, double, n - 1));
  print_rss ("filtered");
  g_print ("rss peak: %.1f MB\n", status_mb ("VmHWM"));

  g_signal_handlers_disconnect_by_data (bench->clock, bench);
  g_source_remove (bench->give_up_id);
  g_array_unref (bench->keystroke_ms);
  g_free (bench);
  g_application_quit (g_application_get_default ());
}

/* Makes the entry's text @text as typing would. Not gtk_editable_set_text ():
 * that empties the entry before it inserts, and an empty search entry says at
 * once that the search changed, so the page would show the whole plan and
 * then filter again, which typing never does. A key adds to the end; other
 * text goes in front of the old, which is then deleted, as if the old had
 * been selected and typed over. The entry is never empty on the way. */
static void
type_text (GtkEditable *editable, const char *text)
{
  const char *old = gtk_editable_get_text (editable);
  int old_chars = g_utf8_strlen (old, -1);
  int pos;

  if (*old && g_str_has_prefix (text, old))
    {
      pos = old_chars;
      gtk_editable_insert_text (editable, text + strlen (old), -1, &pos);
    }
  else
    {
      pos = 0;
      gtk_editable_insert_text (editable, text, -1, &pos);
      gtk_editable_delete_text (editable, pos, pos + old_chars);
    }
  gtk_editable_set_position (editable, -1);
}

static gboolean
next_keystroke (gpointer data)
{
  Benchmark *bench = data;

  if (bench->keystroke == G_N_ELEMENTS (keystrokes))
    {
      finish (bench);
      return G_SOURCE_REMOVE;
    }
  bench->start_us = g_get_monotonic_time ();
  type_text (GTK_EDITABLE (bench->search_entry), keystrokes[bench->keystroke]);
  g_signal_emit_by_name (bench->search_entry, "search-changed");
  bench->filter_us = g_get_monotonic_time ();
  bench->paint_start_us = 0;
  bench->stage = WAIT_KEYSTROKE;
  /* A frame follows even if nothing asked for one. */
  gtk_widget_queue_draw (bench->search_entry);
  return G_SOURCE_REMOVE;
}

static gboolean
show_plan_page (gpointer data)
{
  Benchmark *bench = data;

  bench->start_us = g_get_monotonic_time ();
  bench->stage = WAIT_PLAN_PAGE;
  wmk_window_show_page (bench->window, "plan");
  /* As Ctrl+F would: the search bar open, the entry focused. */
  wmk_plan_page_start_search (WMK_PLAN_PAGE (bench->plan_page));
  return G_SOURCE_REMOVE;
}

static void
before_paint_cb (GdkFrameClock *clock, Benchmark *bench)
{
  if (bench->stage == WAIT_KEYSTROKE && bench->paint_start_us == 0)
    bench->paint_start_us = g_get_monotonic_time ();
}

/* What loading the plugins cost this start (the loader times each module). */
static void
print_plugins (void)
{
  WmkPluginLoader *loader = wmk_plugins_get_default_loader ();
  GPtrArray *reports = loader ? wmk_plugin_loader_get_reports (loader) : NULL;
  gint64 total_us = 0;
  guint loaded = 0;

  for (guint i = 0; reports && i < reports->len; i++)
    {
      const WmkPluginReport *report = reports->pdata[i];

      total_us += report->load_usec;
      loaded += report->status == WMK_PLUGIN_STATUS_LOADED;
    }
  g_print ("plugins: %u loaded in %.1f ms\n", loaded, total_us / 1000.0);
}

static void
after_paint_cb (GdkFrameClock *clock, Benchmark *bench)
{
  gint64 now_us = g_get_monotonic_time ();

  switch (bench->stage)
    {
    case WAIT_FIRST_FRAME:
      if (!gtk_widget_get_mapped (bench->pages))
        return;
      g_print ("first frame: %.0f ms (from the process's start; %.0f ms from its constructors)\n",
               ms_between (process_start_us, now_us), ms_between (constructor_us, now_us));
      print_rss ("first frame");
      print_plugins ();
      bench->stage = PAUSED;
      g_timeout_add (PAUSE_MS, show_plan_page, bench);
      break;

    case WAIT_PLAN_PAGE:
      if (!gtk_widget_get_mapped (bench->plan_page))
        return;
      g_print ("plan page: %.1f ms (from showing the page to the end of its first frame)\n",
               ms_between (bench->start_us, now_us));
      print_rss ("plan page");
      bench->stage = PAUSED;
      g_timeout_add (PAUSE_MS, next_keystroke, bench);
      break;

    case WAIT_KEYSTROKE:
      {
        double filter_ms = ms_between (bench->start_us, bench->filter_us);
        double frame_ms = ms_between (bench->paint_start_us ? bench->paint_start_us : now_us,
                                      now_us);
        double total_ms = filter_ms + frame_ms;
        GtkLabel *count = bench->count_label ? GTK_LABEL (bench->count_label) : NULL;
        const char *shown = count ? gtk_label_get_label (count) : "";

        g_print ("keystroke \"%s\": %.1f ms (filter %.1f ms + frame %.1f ms)%s%s\n",
                 keystrokes[bench->keystroke], total_ms, filter_ms, frame_ms, *shown ? "; " : "",
                 shown);
        g_array_append_val (bench->keystroke_ms, total_ms);
        bench->keystroke++;
        bench->stage = PAUSED;
        g_timeout_add (PAUSE_MS, next_keystroke, bench);
      }
      break;

    case PAUSED:
    default:
      break;
    }
}

static void
window_realize_cb (GtkWidget *window, Benchmark *bench)
{
  bench->clock = gtk_widget_get_frame_clock (window);
  g_signal_connect (bench->clock, "before-paint", G_CALLBACK (before_paint_cb), bench);
  g_signal_connect (bench->clock, "after-paint", G_CALLBACK (after_paint_cb), bench);
}

/**
 * wmk_app_benchmark_start:
 * @window: a window that has opened a plan and is not yet shown
 *
 * Measures the window's first frame, the Plan page and its search, prints
 * the figures and quits the application.
 */
void
wmk_app_benchmark_start (WmkWindow *window)
{
  Benchmark *bench;
  GtkWidget *search_bar;

  g_return_if_fail (WMK_IS_WINDOW (window));
  g_return_if_fail (!gtk_widget_get_realized (GTK_WIDGET (window)));

  bench = g_new0 (Benchmark, 1);
  bench->window = window;
  bench->keystroke_ms = g_array_new (FALSE, FALSE, sizeof (double));
  /* Found by walking the window's widgets, so no page needs to say more than it does. */
  bench->plan_page = find_widget (GTK_WIDGET (window), WMK_TYPE_PLAN_PAGE);
  if (bench->plan_page == NULL)
    fail ("the window has no plan page");
  bench->pages = gtk_widget_get_ancestor (bench->plan_page, ADW_TYPE_VIEW_STACK);
  search_bar = find_widget (bench->plan_page, GTK_TYPE_SEARCH_BAR);
  bench->search_entry = search_bar ? find_widget (search_bar, GTK_TYPE_SEARCH_ENTRY) : NULL;
  if (bench->pages == NULL || bench->search_entry == NULL)
    fail ("the plan page has no search entry");
  bench->count_label = gtk_widget_get_next_sibling (bench->search_entry);
  if (bench->count_label && !GTK_IS_LABEL (bench->count_label))
    bench->count_label = NULL;

  bench->stage = WAIT_FIRST_FRAME;
  g_signal_connect_after (window, "realize", G_CALLBACK (window_realize_cb), bench);
  bench->give_up_id = g_timeout_add_seconds (GIVE_UP_SECONDS, give_up, NULL);
}
