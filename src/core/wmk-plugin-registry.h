/* wmk-plugin-registry.h: what plugins add to Waymark, declared at setup
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "wmk-document.h"
#include "wmk-plan.h"
#include "wmk-plugin.h"
#include "wmk-schema.h"

G_BEGIN_DECLS

/**
 * WmkKpiFeedValue:
 * @date: the day the value is for, "YYYY-MM-DD"
 * @value: the measured value, in the KPI's unit
 *
 * One computed measurement of a KPI.
 */
typedef struct
{
  char   date[11];
  double value;
} WmkKpiFeedValue;

/**
 * WmkKpiFeed:
 * @kpi_ref: the ref of the plan KPI it measures ("C-KPI1")
 * @label: where the values come from, for a person ("EHC plan backlog:
 *   issued within 20 weeks over issued, each month"), untranslated
 * @compute: the values, from @plan's data, sorted by date; a #GArray of
 *   #WmkKpiFeedValue, empty when there is nothing to compute from
 *
 * A KPI whose measurements a plugin computes. The core shows them beside the
 * measurements people enter, marked as computed, and counts them for the
 * KPI's trajectory.
 */
typedef struct
{
  const char *kpi_ref;
  const char *label;
  GArray   *(*compute) (WmkPlan  *plan,
                        gpointer  user_data);
} WmkKpiFeed;

/**
 * WmkReportSection:
 * @id: "<plugin id>.<name>"
 * @title: its heading, untranslated
 * @write: adds the section's headings, paragraphs and tables to @document
 *
 * A section of the reports to the DfE and NHS England (and of the board pack).
 */
typedef struct
{
  const char *id;
  const char *title;
  void      (*write) (WmkPlan     *plan,
                      WmkDocument *document,
                      gpointer     user_data);
} WmkReportSection;

/**
 * WmkPluginSample:
 * @fill: adds the plugin's illustrative data to @plan, the built-in sample
 *   plan just created, as one undoable edit
 */
typedef gboolean (*WmkPluginSampleFunc) (WmkPlan  *plan,
                                         gpointer  user_data,
                                         GError  **error);

/**
 * WmkPluginPage:
 * @id: "<plugin id>.<name>"
 * @title: its name in the window's sidebar, untranslated
 * @icon_name: a symbolic icon name
 * @create: the page for @plan: a new, floating #GtkWidget (returned as a
 *   #GObject so that the core does not depend on GTK). Called only in the app.
 *
 * A page of the window, listed under the plugin's workstream.
 */
typedef struct
{
  const char *id;
  const char *title;
  const char *icon_name;
  GObject  *(*create) (WmkPlan  *plan,
                       gpointer  user_data);
} WmkPluginPage;

/**
 * WmkDashboardTile:
 * @id: "<plugin id>.<name>"
 * @title: what the figure is ("Annual reviews overdue"), untranslated
 * @page_id: the page opened when the tile is activated, or %NULL
 * @figure: the headline figure as text ("1,240"), and in @caption one line
 *   that explains it ("down 360 since January; clears in March 2024")
 *
 * A figure on the Overview page. Computed without GTK, so reports and the
 * command line can show it too.
 */
typedef struct
{
  const char *id;
  const char *title;
  const char *page_id;
  char     *(*figure) (WmkPlan  *plan,
                       char    **caption,
                       gpointer  user_data);
} WmkDashboardTile;

/* For the host: what the registry holds, entry by entry. */
typedef enum
{
  WMK_PLUGIN_ENTRY_TYPE,
  WMK_PLUGIN_ENTRY_KPI_FEED,
  WMK_PLUGIN_ENTRY_REPORT_SECTION,
  WMK_PLUGIN_ENTRY_SAMPLE,
  WMK_PLUGIN_ENTRY_PAGE,
  WMK_PLUGIN_ENTRY_TILE,
} WmkPluginEntryKind;

/**
 * WmkPluginEntry:
 * @kind: what the entry is
 * @plugin: the plugin that added it
 * @what: the static structure it passed (a #WmkTypeSpec, #WmkKpiFeed,
 *   #WmkReportSection, #WmkPluginPage or #WmkDashboardTile); %NULL for a sample
 * @gtype: for a type, the #WmkEntity subclass that shows it
 * @fill: for a sample, its function
 * @user_data: what the plugin passed with it
 */
typedef struct
{
  WmkPluginEntryKind   kind;
  const WmkPluginInfo *plugin;
  gconstpointer        what;
  GType                gtype;
  WmkPluginSampleFunc  fill;
  gpointer             user_data;
} WmkPluginEntry;

#define WMK_TYPE_PLUGIN_REGISTRY (wmk_plugin_registry_get_type ())
G_DECLARE_FINAL_TYPE (WmkPluginRegistry, wmk_plugin_registry, WMK, PLUGIN_REGISTRY, GObject)

WmkPluginRegistry *wmk_plugin_registry_get_default      (void);

/* Called by plugins, from their setup vfunc. Every structure passed in is
 * static: the registry keeps the pointer. */
gboolean  wmk_plugin_registry_add_type        (WmkPluginRegistry      *self,
                                               const WmkTypeSpec      *spec,
                                               GType                   gtype,
                                               GError                **error);
void      wmk_plugin_registry_add_kpi_feed    (WmkPluginRegistry      *self,
                                               const WmkKpiFeed       *feed,
                                               gpointer                user_data);
void      wmk_plugin_registry_add_report_section (WmkPluginRegistry   *self,
                                               const WmkReportSection *section,
                                               gpointer                user_data);
void      wmk_plugin_registry_add_sample      (WmkPluginRegistry      *self,
                                               WmkPluginSampleFunc     fill,
                                               gpointer                user_data);
void      wmk_plugin_registry_add_page        (WmkPluginRegistry      *self,
                                               const WmkPluginPage    *page,
                                               gpointer                user_data);
void      wmk_plugin_registry_add_tile        (WmkPluginRegistry      *self,
                                               const WmkDashboardTile *tile,
                                               gpointer                user_data);

/* For the host. The registry is filled on the main thread at start-up and
 * only read afterwards, from any thread. */
GPtrArray *wmk_plugin_registry_list           (WmkPluginRegistry      *self,
                                               WmkPluginEntryKind      kind);

G_END_DECLS
