/* test-model.c: the plan model as views see it: typed entities, list models, links
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "wmk-test-support.h"

typedef struct
{
  char    *dir;
  WmkPlan *plan;
  char    *objective;
} Fixture;

static char *
create (WmkPlan *plan, const char *type, const char *first, ...) G_GNUC_NULL_TERMINATED;

/* Creates an entity from name/value string pairs; "pos" is read as a number. */
static char *
create (WmkPlan *plan, const char *type, const char *first, ...)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkEdit) edit = wmk_plan_begin (plan, "Add");
  g_autoptr(JsonObject) fields = json_object_new ();
  char *id;
  va_list args;

  va_start (args, first);
  for (const char *name = first; name; name = va_arg (args, const char *))
    {
      const char *value = va_arg (args, const char *);
      if (g_str_equal (name, "pos"))
        json_object_set_int_member (fields, name, g_ascii_strtoll (value, NULL, 10));
      else
        json_object_set_string_member (fields, name, value);
    }
  va_end (args);
  id = wmk_edit_create (edit, type, fields, &error);
  g_assert_no_error (error);
  wmk_plan_commit (plan, edit, &error);
  g_assert_no_error (error);
  return id;
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *ws = NULL;

  f->dir = wmk_test_make_dir ();
  path = g_build_filename (f->dir, "plan.waymark", NULL);
  f->plan = wmk_plan_new_empty (path, "Devon", "Shayna Stanbury", &error);
  g_assert_no_error (error);
  ws = create (f->plan, "workstream", "ref", "C", "pos", "3", NULL);
  f->objective = create (f->plan, "objective", "parent", ws, "ref", "3.1", "pos", "1", NULL);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->plan);
  wmk_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->objective);
}

static void
test_typed_entities (Fixture *f, gconstpointer data)
{
  g_autofree char *id = create (f->plan, "action", "parent", f->objective, "ref", "3.1.2", "text",
                                "Reduce caseload capacity from 500 to 200", "due", "2023-09-30",
                                NULL);
  WmkEntity *entity = wmk_plan_lookup (f->plan, id);
  g_autofree char *due = NULL;

  g_assert_true (WMK_IS_ACTION (entity));
  g_assert_cmpstr (wmk_action_get_ref (WMK_ACTION (entity)), ==, "3.1.2");
  g_object_get (entity, "due", &due, NULL);
  g_assert_cmpstr (due, ==, "2023-09-30");
  g_assert_true (WMK_IS_PLAN_INFO (wmk_plan_get_info (f->plan)));
  g_assert_cmpstr (wmk_plan_info_get_title (wmk_plan_get_info (f->plan)), ==, "Devon");
}

static void
count_notify (GObject *object, GParamSpec *pspec, guint *count)
{
  (*count)++;
}

static void
test_notify_on_real_change_only (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = create (f->plan, "action", "parent", f->objective, "ref", "3.1.3", NULL);
  WmkEntity *entity = wmk_plan_lookup (f->plan, id);
  g_autoptr(JsonNode) amber = wmk_json_new_string ("amber");
  guint rag_notified = 0, due_notified = 0;

  g_signal_connect (entity, "notify::rag", G_CALLBACK (count_notify), &rag_notified);
  g_signal_connect (entity, "notify::due", G_CALLBACK (count_notify), &due_notified);
  wmk_plan_set (f->plan, id, "rag", amber, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rag_notified, ==, 1);
  /* The same value again is no change: nothing recorded, nothing notified. */
  wmk_plan_set (f->plan, id, "rag", amber, &error);
  g_assert_cmpuint (rag_notified, ==, 1);
  g_assert_cmpuint (due_notified, ==, 0);
  /* Undo is a change like any other. */
  wmk_plan_undo (f->plan, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rag_notified, ==, 2);
  g_assert_null (wmk_entity_get_string (entity, "rag"));
}

typedef struct
{
  guint position, removed, added;
  guint calls;
} ItemsChanged;

static void
on_items_changed (GListModel *model, guint position, guint removed, guint added, ItemsChanged *c)
{
  c->position = position;
  c->removed = removed;
  c->added = added;
  c->calls++;
}

static void
test_list_model_signals (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  GListModel *actions = wmk_plan_get_items (f->plan, "action");
  ItemsChanged c = { 0 };
  g_autofree char *first = NULL, *second = NULL, *third = NULL;
  g_autoptr(WmkEdit) edit = NULL;
  g_autoptr(WmkEntity) at1 = NULL;

  g_signal_connect (actions, "items-changed", G_CALLBACK (on_items_changed), &c);
  second = create (f->plan, "action", "parent", f->objective, "ref", "3.1.2", "pos", "2", NULL);
  g_assert_cmpuint (c.added, ==, 1);
  g_assert_cmpuint (c.position, ==, 0);
  first = create (f->plan, "action", "parent", f->objective, "ref", "3.1.1", "pos", "1", NULL);
  g_assert_cmpuint (c.position, ==, 0); /* inserted before 3.1.2: document order */
  third = create (f->plan, "action", "parent", f->objective, "ref", "3.1.3", "pos", "3", NULL);
  g_assert_cmpuint (c.position, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 3);

  edit = wmk_plan_begin (f->plan, "Delete 3.1.2");
  wmk_edit_delete (edit, second, &error);
  wmk_plan_commit (f->plan, edit, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (c.removed, ==, 1);
  g_assert_cmpuint (c.position, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 2);

  /* Undo puts it back where it was. */
  wmk_plan_undo (f->plan, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 3);
  at1 = g_list_model_get_item (actions, 1);
  g_assert_cmpstr (wmk_entity_get_id (at1), ==, second);
}

static void
test_children_follow_moves (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *other = create (f->plan, "objective", "ref", "3.2", "pos", "2", NULL);
  g_autofree char *action = create (f->plan, "action", "parent", f->objective, "ref", "3.1.1", NULL);
  g_autoptr(JsonNode) to_other = wmk_json_new_string (other);
  g_autoptr(GPtrArray) before = wmk_plan_dup_children (f->plan, f->objective, "action");
  g_autoptr(GPtrArray) after = NULL, back = NULL;

  g_assert_cmpuint (before->len, ==, 1);
  wmk_plan_set (f->plan, action, "parent", to_other, &error);
  g_assert_no_error (error);
  after = wmk_plan_dup_children (f->plan, other, "action");
  g_assert_cmpuint (after->len, ==, 1);
  g_clear_pointer (&before, g_ptr_array_unref);
  before = wmk_plan_dup_children (f->plan, f->objective, "action");
  g_assert_cmpuint (before->len, ==, 0);
  /* Undo moves it back. */
  wmk_plan_undo (f->plan, &error);
  back = wmk_plan_dup_children (f->plan, f->objective, "action");
  g_assert_cmpuint (back->len, ==, 1);
}

static const char *
id_at (GListModel *model, guint position)
{
  g_autoptr(WmkEntity) entity = g_list_model_get_item (model, position);

  return entity ? wmk_entity_get_id (entity) : NULL;
}

/* A parent's children as a live list model: in plan order, following new
 * children, moves to another parent, deletes and undo. */
static void
test_child_items (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *other = create (f->plan, "objective", "ref", "3.2", "pos", "2", NULL);
  g_autofree char *second = create (f->plan, "action", "parent", f->objective, "ref", "3.1.2",
                                    "pos", "2", NULL);
  GListModel *children = wmk_plan_get_child_items (f->plan, f->objective, "action");
  GListModel *elsewhere = wmk_plan_get_child_items (f->plan, other, "action");
  g_autofree char *first = NULL;
  g_autoptr(JsonNode) to_other = wmk_json_new_string (other);
  ItemsChanged c = { 0 };

  g_assert_true (g_list_model_get_item_type (children) == WMK_TYPE_ACTION);
  g_assert_true (children == wmk_plan_get_child_items (f->plan, f->objective, "action"));
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (elsewhere), ==, 0);
  /* The objective's KPIs are another list. */
  g_assert_cmpuint (g_list_model_get_n_items (wmk_plan_get_child_items (f->plan, f->objective,
                                                                         "kpi")), ==, 0);

  g_signal_connect (children, "items-changed", G_CALLBACK (on_items_changed), &c);
  first = create (f->plan, "action", "parent", f->objective, "ref", "3.1.1", "pos", "1", NULL);
  g_assert_cmpuint (c.calls, ==, 1);
  g_assert_cmpuint (c.position, ==, 0);
  g_assert_cmpuint (c.added, ==, 1);
  g_assert_cmpstr (id_at (children, 0), ==, first);
  g_assert_cmpstr (id_at (children, 1), ==, second);

  wmk_plan_set (f->plan, first, "parent", to_other, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, 1);
  g_assert_cmpstr (id_at (children, 0), ==, second);
  g_assert_cmpuint (g_list_model_get_n_items (elsewhere), ==, 1);
  g_assert_cmpstr (id_at (elsewhere, 0), ==, first);

  wmk_plan_delete (f->plan, second, "Delete 3.1.2", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, 0);
  wmk_plan_undo (f->plan, &error);
  g_assert_no_error (error);
  wmk_plan_undo (f->plan, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, 2);
  g_assert_cmpstr (id_at (children, 0), ==, first);
  g_assert_cmpuint (g_list_model_get_n_items (elsewhere), ==, 0);
}

static void
count_field (WmkEntity *entity, const char *field, GString *changed)
{
  g_string_append_printf (changed, "%s%s", changed->len ? " " : "", field);
}

/* Every kind of value reads back as it was written, as itself and as JSON,
 * and an edit says which fields changed and no others. */
static void
test_field_values (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *kpi = create (f->plan, "kpi", "ref", "C-KPI1", "text", "Plans on time", NULL);
  g_autofree char *role = create (f->plan, "role", "title", "SEND Lead", NULL);
  g_autofree char *action = create (f->plan, "action", "parent", f->objective, "ref", "3.1.1",
                                    "pos", "4", NULL);
  g_autoptr(JsonNode) targets = wmk_json_parse ("[{\"date\": \"2023-10-31\", \"value\": 50}]",
                                                -1, NULL);
  g_autoptr(JsonNode) baseline = wmk_json_new_double (28.5);
  g_autoptr(WmkEdit) edit = wmk_plan_begin (f->plan, "Fill in");
  g_autoptr(GString) changed = g_string_new (NULL);
  g_auto(GStrv) roles = NULL;
  WmkEntity *a = wmk_plan_lookup (f->plan, action);
  WmkEntity *k = wmk_plan_lookup (f->plan, kpi);
  JsonNode *node;

  g_assert_true (wmk_edit_set (edit, kpi, "targets", targets, &error));
  g_assert_true (wmk_edit_set (edit, kpi, "baseline_value", baseline, &error));
  g_assert_true (wmk_edit_link (edit, action, "roles", role, &error));
  g_assert_true (wmk_edit_link (edit, action, "kpis", kpi, &error));
  g_assert_true (wmk_plan_commit (f->plan, edit, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (wmk_entity_get_ref (a), ==, "3.1.1");
  g_assert_cmpint (wmk_entity_get_int (a, "pos", 0), ==, 4);
  g_assert_cmpfloat (wmk_entity_get_number (a, "pos", 0), ==, 4);
  g_assert_cmpfloat (wmk_entity_get_number (k, "baseline_value", 0), ==, 28.5);
  g_assert_cmpint (wmk_entity_get_int (k, "baseline_value", -1), ==, -1);  /* not an integer */
  g_assert_null (wmk_entity_get_string (a, "pos"));
  g_assert_null (wmk_entity_get_field (a, "outcome"));
  roles = wmk_entity_dup_strv (a, "roles");
  g_assert_cmpstrv (roles, ((const char *const[]){ role, NULL }));
  g_assert_true (wmk_entity_links_to (a, "kpis", kpi));
  g_assert_true (wmk_entity_links_to (a, "parent", f->objective));
  g_assert_false (wmk_entity_links_to (a, "roles", kpi));

  /* As JSON, for export and the edit API: the same node while unchanged. */
  node = wmk_entity_get_field (a, "roles");
  g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
  g_assert_cmpstr (json_array_get_string_element (json_node_get_array (node), 0), ==, role);
  g_assert_true (node == wmk_entity_get_field (a, "roles"));
  node = wmk_entity_get_field (a, "pos");
  g_assert_cmpint (json_node_get_value_type (node), ==, G_TYPE_INT64);
  g_assert_true (wmk_json_equal (wmk_entity_get_field (k, "targets"), targets));

  /* One field edited: one field-changed, for that field. */
  g_signal_connect (a, "field-changed", G_CALLBACK (count_field), changed);
  g_assert_true (wmk_plan_set_string (f->plan, action, "outcome", "Plans issued in 20 weeks",
                                      &error));
  g_assert_cmpstr (changed->str, ==, "outcome");
  g_assert_cmpstr (wmk_entity_get_string (a, "outcome"), ==, "Plans issued in 20 weeks");
  g_string_truncate (changed, 0);
  g_assert_true (wmk_plan_undo (f->plan, &error));
  g_assert_cmpstr (changed->str, ==, "outcome");
  g_assert_null (wmk_entity_get_string (a, "outcome"));
  g_assert_cmpint (wmk_entity_get_int (a, "pos", 0), ==, 4);
}

static void
test_links (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *action = create (f->plan, "action", "parent", f->objective, "ref", "3.3.1", NULL);
  g_autofree char *kpi = create (f->plan, "kpi", "ref", "C-KPI7", "text", "Backlog cleared", NULL);
  g_autofree char *role = create (f->plan, "role", "title", "Interim SEND Strategic Director", NULL);
  g_autofree char *person = create (f->plan, "person", "name", "Jackie Ross", NULL);
  g_autofree char *risk = create (f->plan, "risk", "ref", "R1", "title", "Recruitment", NULL);
  g_autoptr(WmkEdit) edit = wmk_plan_begin (f->plan, "Link");
  g_auto(GStrv) kpis = NULL;
  WmkEntity *entity = wmk_plan_lookup (f->plan, action);

  g_assert_true (wmk_edit_link (edit, action, "kpis", kpi, &error));
  g_assert_true (wmk_edit_link (edit, action, "roles", role, &error));
  g_assert_true (wmk_edit_link (edit, risk, "actions", action, &error));
  g_assert_no_error (error);
  /* A link must point to the right kind of item, and to one that exists. */
  g_assert_false (wmk_edit_link (edit, action, "roles", person, &error));
  g_assert_error (error, WMK_PLAN_ERROR, WMK_PLAN_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (wmk_edit_link (edit, action, "kpis", "no-such-kpi", &error));
  g_assert_error (error, WMK_PLAN_ERROR, WMK_PLAN_ERROR_NOT_FOUND);
  g_clear_error (&error);
  wmk_plan_commit (f->plan, edit, &error);
  g_assert_no_error (error);

  kpis = wmk_entity_dup_strv (entity, "kpis");
  g_assert_cmpstrv (kpis, ((const char *const[]){ kpi, NULL }));
  g_assert_true (wmk_entity_links_to (entity, "roles", role));
  g_assert_true (wmk_entity_links_to (wmk_plan_lookup (f->plan, risk), "actions", action));

  g_clear_pointer (&edit, wmk_edit_free);
  edit = wmk_plan_begin (f->plan, "Unlink");
  wmk_edit_unlink (edit, action, "kpis", kpi, &error);
  wmk_plan_commit (f->plan, edit, &error);
  g_assert_no_error (error);
  g_assert_false (wmk_entity_links_to (entity, "kpis", kpi));
}

static void
test_resolve_refs (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *a = create (f->plan, "action", "parent", f->objective, "ref", "1.4.1", NULL);
  g_autofree char *b = create (f->plan, "action", "parent", f->objective, "ref", "1.4.1", NULL);
  WmkEntity *entity;

  g_assert_null (wmk_plan_resolve (f->plan, "1.4.1", &error));
  g_assert_error (error, WMK_PLAN_ERROR, WMK_PLAN_ERROR_AMBIGUOUS);
  g_assert_nonnull (strstr (error->message, a));
  g_assert_nonnull (strstr (error->message, b));
  g_clear_error (&error);

  entity = wmk_plan_resolve (f->plan, b, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (wmk_entity_get_id (entity), ==, b);

  g_assert_null (wmk_plan_resolve (f->plan, "9.9.9", &error));
  g_assert_error (error, WMK_PLAN_ERROR, WMK_PLAN_ERROR_NOT_FOUND);
}

static void
test_edit_checks_schema (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = create (f->plan, "action", "parent", f->objective, "ref", "3.2.1", NULL);
  g_autoptr(JsonNode) soon = wmk_json_new_string ("soon");
  g_autoptr(JsonNode) purple = wmk_json_new_string ("purple");
  g_autoptr(JsonNode) text = wmk_json_new_string ("x");

  g_assert_false (wmk_plan_set (f->plan, id, "due", soon, &error));
  g_assert_error (error, WMK_SCHEMA_ERROR, WMK_SCHEMA_ERROR_WRONG_TYPE);
  g_clear_error (&error);
  g_assert_false (wmk_plan_set (f->plan, id, "rag", purple, &error));
  g_assert_error (error, WMK_SCHEMA_ERROR, WMK_SCHEMA_ERROR_WRONG_TYPE);
  g_clear_error (&error);
  g_assert_false (wmk_plan_set (f->plan, id, "dew", text, &error));
  g_assert_error (error, WMK_SCHEMA_ERROR, WMK_SCHEMA_ERROR_UNKNOWN_FIELD);
  g_clear_error (&error);
  /* None of the refused edits is in the log. */
  {
    g_autoptr(GPtrArray) history = wmk_plan_history (f->plan, id, &error);
    g_assert_cmpuint (history->len, ==, 1);
  }
}

static void
test_unknown_fields_kept (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmkPlan) plan = NULL;
  g_autofree char *path = g_build_filename (f->dir, "newer.waymark", NULL);
  static const char json[] =
    "{\"format\": \"waymark-plan\", \"version\": 1, \"entities\": ["
    "{\"id\": \"plan\", \"type\": \"plan\", \"title\": \"x\"},"
    "{\"id\": \"a\", \"type\": \"action\", \"ref\": \"1\", \"confidence\": 0.8},"
    "{\"id\": \"f\", \"type\": \"ehc.monthly_figures\", \"month\": \"2023-01\", \"requests\": 130}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  WmkEntity *figures;

  plan = wmk_plan_import (path, bytes, "newer.json", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (wmk_entity_get_number (wmk_plan_lookup (plan, "a"), "confidence", 0), ==, 0.8);
  figures = wmk_plan_lookup (plan, "f");
  g_assert_nonnull (figures);
  g_assert_cmpint (wmk_entity_get_int (figures, "requests", 0), ==, 130);
  g_assert_cmpuint (g_list_model_get_n_items (wmk_plan_get_items (plan, "ehc.monthly_figures")), ==, 1);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/wmk/model/typed-entities", test_typed_entities);
  ADD ("/wmk/model/notify-on-real-change-only", test_notify_on_real_change_only);
  ADD ("/wmk/model/list-model-signals", test_list_model_signals);
  ADD ("/wmk/model/children-follow-moves", test_children_follow_moves);
  ADD ("/wmk/model/child-items", test_child_items);
  ADD ("/wmk/model/field-values", test_field_values);
  ADD ("/wmk/model/links", test_links);
  ADD ("/wmk/model/resolve-refs", test_resolve_refs);
  ADD ("/wmk/model/edit-checks-schema", test_edit_checks_schema);
  ADD ("/wmk/model/unknown-fields-kept", test_unknown_fields_kept);
#undef ADD

  return g_test_run ();
}
