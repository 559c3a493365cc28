/* wmk-action-filter.c: which actions the plan page shows
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The filter's logic lives here, in a plain object with no widgets, so it is
 * tested without a display; the page only turns its "changed" signal into a
 * GtkFilter change.
 */

#include "wmk-action-filter.h"

#include "wmk-format.h"

#include <string.h>

struct _WmkActionFilter
{
  GObject  parent_instance;

  WmkPlan *plan;
  char    *text;          /* casefolded words, all of which must match */
  char    *rag;
  char    *workstream;
  gboolean overdue;
  char    *role;
  guint    due_within;    /* days; 0 means any time */
  char    *today;         /* ISO date; NULL means the real today */
  GHashTable *folded;     /* WmkEntity → its searchable text, casefolded once */
};

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (WmkActionFilter, wmk_action_filter, G_TYPE_OBJECT)

static void
wmk_action_filter_finalize (GObject *object)
{
  WmkActionFilter *self = WMK_ACTION_FILTER (object);

  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->folded, g_hash_table_unref);
  g_free (self->text);
  g_free (self->rag);
  g_free (self->workstream);
  g_free (self->role);
  g_free (self->today);

  G_OBJECT_CLASS (wmk_action_filter_parent_class)->finalize (object);
}

static void
wmk_action_filter_class_init (WmkActionFilterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wmk_action_filter_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
wmk_action_filter_init (WmkActionFilter *self)
{
}

/* An edited action's searchable text is folded again when next asked for. */
static void
plan_changed_cb (WmkPlan *plan, GPtrArray *ids, WmkActionFilter *self)
{
  for (guint i = 0; i < ids->len; i++)
    {
      WmkEntity *entity = wmk_plan_lookup (plan, ids->pdata[i]);
      if (entity)
        g_hash_table_remove (self->folded, entity);
    }
}

WmkActionFilter *
wmk_action_filter_new (WmkPlan *plan)
{
  WmkActionFilter *self = g_object_new (WMK_TYPE_ACTION_FILTER, NULL);

  self->plan = g_object_ref (plan);
  self->folded = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_signal_connect (plan, "changed", G_CALLBACK (plan_changed_cb), self);
  return self;
}

static void
replace (WmkActionFilter *self, char **field, const char *value)
{
  if (value && *value == '\0')
    value = NULL;
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
wmk_action_filter_set_text (WmkActionFilter *self, const char *text)
{
  g_autofree char *folded = text ? g_utf8_casefold (g_strstrip (g_strdup (text)), -1) : NULL;

  g_return_if_fail (WMK_IS_ACTION_FILTER (self));
  replace (self, &self->text, folded);
}

void
wmk_action_filter_set_rag (WmkActionFilter *self, const char *rag)
{
  g_return_if_fail (WMK_IS_ACTION_FILTER (self));
  replace (self, &self->rag, rag);
}

void
wmk_action_filter_set_workstream (WmkActionFilter *self, const char *workstream_id)
{
  g_return_if_fail (WMK_IS_ACTION_FILTER (self));
  replace (self, &self->workstream, workstream_id);
}

void
wmk_action_filter_set_overdue (WmkActionFilter *self, gboolean overdue_only)
{
  g_return_if_fail (WMK_IS_ACTION_FILTER (self));
  if (self->overdue == overdue_only)
    return;
  self->overdue = overdue_only;
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Only actions this role answers for. */
void
wmk_action_filter_set_role (WmkActionFilter *self, const char *role_id)
{
  g_return_if_fail (WMK_IS_ACTION_FILTER (self));
  replace (self, &self->role, role_id);
}

/* Only actions due within @days from today (and not yet overdue); 0 for any. */
void
wmk_action_filter_set_due_within (WmkActionFilter *self, guint days)
{
  g_return_if_fail (WMK_IS_ACTION_FILTER (self));
  if (self->due_within == days)
    return;
  self->due_within = days;
  g_signal_emit (self, signals[CHANGED], 0);
}

/* For tests and for looking at a plan as it stood on a given day. */
void
wmk_action_filter_set_today (WmkActionFilter *self, const char *iso_date)
{
  g_return_if_fail (WMK_IS_ACTION_FILTER (self));
  replace (self, &self->today, iso_date);
}

gboolean
wmk_action_filter_is_active (WmkActionFilter *self)
{
  g_return_val_if_fail (WMK_IS_ACTION_FILTER (self), FALSE);
  return self->text || self->rag || self->workstream || self->overdue || self->role
         || self->due_within;
}

/**
 * wmk_action_is_overdue:
 * @today: an ISO date
 *
 * An action is overdue when its due date has passed and it is not complete.
 * "Ongoing" actions have no due date and are never overdue.
 */
gboolean
wmk_action_is_overdue (WmkEntity *action, const char *today)
{
  const char *due = wmk_entity_get_string (action, "due");

  return due && g_strcmp0 (wmk_entity_get_string (action, "status"), "complete") != 0
         && g_strcmp0 (wmk_entity_get_string (action, "rag"), "blue") != 0
         && strcmp (due, today) < 0;
}

/* The ref, text, outcome and responsible officers, casefolded, one per
 * line (a search word never holds a line break, so it cannot match across
 * two of them). Folding every action's text on every keystroke was most of
 * a keystroke's cost over 10,000 actions, so it is done once per edit. */
static const char *
searchable_text (WmkActionFilter *self, WmkEntity *action)
{
  static const char *const fields[] = { "text", "outcome", "responsible_text" };
  char *folded = g_hash_table_lookup (self->folded, action);
  g_autoptr(GString) all = NULL;

  if (folded)
    return folded;
  all = g_string_new (wmk_entity_get_ref (action));
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *value = wmk_entity_get_string (action, fields[i]);
      g_string_append_c (all, '\n');
      if (value)
        g_string_append (all, value);
    }
  folded = g_utf8_casefold (all->str, all->len);
  g_hash_table_insert (self->folded, action, folded);
  return folded;
}

/**
 * wmk_action_filter_prepare:
 *
 * Folds the searchable text of every action now, so that the first search
 * does not pay for it: 30 ms over 10,000 actions, spent while the person has
 * not started typing yet.
 */
void
wmk_action_filter_prepare (WmkActionFilter *self)
{
  GListModel *actions;

  g_return_if_fail (WMK_IS_ACTION_FILTER (self));

  actions = wmk_plan_get_items (self->plan, "action");
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(WmkEntity) action = g_list_model_get_item (actions, i);

      searchable_text (self, action);
    }
}

/* Every word must appear in the ref, text, outcome or responsible officers. */
static gboolean
matches_text (WmkActionFilter *self, WmkEntity *action)
{
  g_auto(GStrv) words = g_strsplit (self->text, " ", -1);
  const char *haystack = searchable_text (self, action);

  for (guint i = 0; words[i]; i++)
    if (*words[i] != '\0' && strstr (haystack, words[i]) == NULL)
      return FALSE;
  return TRUE;
}

static const char *
workstream_of (WmkActionFilter *self, WmkEntity *action)
{
  WmkEntity *objective = wmk_plan_lookup (self->plan, wmk_entity_get_parent_id (action));

  return objective ? wmk_entity_get_parent_id (objective) : NULL;
}

static gboolean
due_within (WmkEntity *action, const char *today, guint days)
{
  const char *due = wmk_entity_get_string (action, "due");

  if (due == NULL || !wmk_date_is_valid (due) || strcmp (due, today) < 0)
    return FALSE;
  return wmk_days_between (today, due) <= (int) days;
}

gboolean
wmk_action_filter_matches (WmkActionFilter *self, WmkEntity *action)
{
  g_autofree char *now_iso = NULL;
  const char *today;

  g_return_val_if_fail (WMK_IS_ACTION_FILTER (self), FALSE);

  today = self->today;
  if (today == NULL && (self->overdue || self->due_within))
    today = now_iso = wmk_today_iso ();

  if (self->rag && g_strcmp0 (wmk_entity_get_string (action, "rag"), self->rag) != 0)
    return FALSE;
  if (self->workstream && g_strcmp0 (workstream_of (self, action), self->workstream) != 0)
    return FALSE;
  if (self->role && !wmk_entity_links_to (action, "roles", self->role))
    return FALSE;
  if (self->overdue && !wmk_action_is_overdue (action, today))
    return FALSE;
  if (self->due_within && !due_within (action, today, self->due_within))
    return FALSE;
  return self->text == NULL || matches_text (self, action);
}

/**
 * wmk_ref_compare:
 *
 * Compares refs as people number them: 3.2.9 before 3.2.10, 1.5 before 1.5.1.
 * Missing refs sort last.
 */
int
wmk_ref_compare (const char *a, const char *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL) - (b == NULL);
  while (*a && *b)
    {
      if (g_ascii_isdigit (*a) && g_ascii_isdigit (*b))
        {
          char *end_a, *end_b;
          guint64 na = g_ascii_strtoull (a, &end_a, 10);
          guint64 nb = g_ascii_strtoull (b, &end_b, 10);

          if (na != nb)
            return na < nb ? -1 : 1;
          a = end_a;
          b = end_b;
        }
      else
        {
          if (*a != *b)
            return (guchar) *a < (guchar) *b ? -1 : 1;
          a++;
          b++;
        }
    }
  return (*a != '\0') - (*b != '\0');
}
