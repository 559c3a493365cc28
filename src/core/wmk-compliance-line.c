/* wmk-compliance-line.c: one line of the improvement-notice compliance check
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A line names one duty of the notice, says whether the plan meets it, gives
 * the evidence a reviewer would ask for (which meetings, which dates) and
 * lists every gap as a sentence. The entity of the first gap is what a page
 * opens so the gap can be fixed. Lines are built once by the check and are
 * read-only after that; the properties are there for list views.
 */

#include "config.h"

#include "wmk-compliance-line.h"

struct _WmkComplianceLine
{
  GObject    parent_instance;

  char      *id;
  char      *duty;
  char      *title;
  char      *evidence;
  GPtrArray *problems;   /* char *, NULL-terminated */
  GPtrArray *entities;   /* char *, the item to open for each problem, or NULL */
  char      *entity_id;  /* of the first problem that has one */
};

G_DEFINE_FINAL_TYPE (WmkComplianceLine, wmk_compliance_line, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_DUTY,
  PROP_TITLE,
  PROP_PASSED,
  PROP_EVIDENCE,
  PROP_ENTITY_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wmk_compliance_line_finalize (GObject *object)
{
  WmkComplianceLine *self = WMK_COMPLIANCE_LINE (object);

  g_free (self->id);
  g_free (self->duty);
  g_free (self->title);
  g_free (self->evidence);
  g_ptr_array_unref (self->problems);
  g_ptr_array_unref (self->entities);
  g_free (self->entity_id);

  G_OBJECT_CLASS (wmk_compliance_line_parent_class)->finalize (object);
}

static void
wmk_compliance_line_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  WmkComplianceLine *self = WMK_COMPLIANCE_LINE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_DUTY:
      g_value_set_string (value, self->duty);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_PASSED:
      g_value_set_boolean (value, wmk_compliance_line_get_passed (self));
      break;
    case PROP_EVIDENCE:
      g_value_set_string (value, self->evidence);
      break;
    case PROP_ENTITY_ID:
      g_value_set_string (value, self->entity_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wmk_compliance_line_class_init (WmkComplianceLineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = wmk_compliance_line_finalize;
  object_class->get_property = wmk_compliance_line_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_DUTY] = g_param_spec_string ("duty", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_PASSED] = g_param_spec_boolean ("passed", NULL, NULL, TRUE, flags);
  properties[PROP_EVIDENCE] = g_param_spec_string ("evidence", NULL, NULL, NULL, flags);
  properties[PROP_ENTITY_ID] = g_param_spec_string ("entity-id", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wmk_compliance_line_init (WmkComplianceLine *self)
{
  self->problems = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->problems, NULL);
  self->entities = g_ptr_array_new_with_free_func (g_free);
}

/**
 * wmk_compliance_line_new:
 * @id: a stable id ("board-monthly")
 * @duty: the notice's paragraph ("R2 (4b)")
 * @title: what the line checks, translated
 *
 * Returns: (transfer full): a line that passes until a problem is added
 */
WmkComplianceLine *
wmk_compliance_line_new (const char *id, const char *duty, const char *title)
{
  WmkComplianceLine *self = g_object_new (WMK_TYPE_COMPLIANCE_LINE, NULL);

  self->id = g_strdup (id);
  self->duty = g_strdup (duty);
  self->title = g_strdup (title);
  return self;
}

const char *
wmk_compliance_line_get_id (WmkComplianceLine *self)
{
  g_return_val_if_fail (WMK_IS_COMPLIANCE_LINE (self), NULL);
  return self->id;
}

const char *
wmk_compliance_line_get_title (WmkComplianceLine *self)
{
  g_return_val_if_fail (WMK_IS_COMPLIANCE_LINE (self), NULL);
  return self->title;
}

const char *
wmk_compliance_line_get_duty (WmkComplianceLine *self)
{
  g_return_val_if_fail (WMK_IS_COMPLIANCE_LINE (self), NULL);
  return self->duty;
}

gboolean
wmk_compliance_line_get_passed (WmkComplianceLine *self)
{
  g_return_val_if_fail (WMK_IS_COMPLIANCE_LINE (self), FALSE);
  return self->problems->len == 1;
}

/* One sentence saying what the plan shows for this duty; "" if nothing does. */
const char *
wmk_compliance_line_get_evidence (WmkComplianceLine *self)
{
  g_return_val_if_fail (WMK_IS_COMPLIANCE_LINE (self), NULL);
  return self->evidence ? self->evidence : "";
}

/**
 * wmk_compliance_line_get_problems:
 *
 * Returns: (transfer none) (array zero-terminated=1): one sentence per gap
 */
const char * const *
wmk_compliance_line_get_problems (WmkComplianceLine *self)
{
  g_return_val_if_fail (WMK_IS_COMPLIANCE_LINE (self), NULL);
  return (const char * const *) self->problems->pdata;
}

guint
wmk_compliance_line_get_n_problems (WmkComplianceLine *self)
{
  g_return_val_if_fail (WMK_IS_COMPLIANCE_LINE (self), 0);
  return self->problems->len - 1;
}

/* The item to open to fix gap @index, or %NULL. */
const char *
wmk_compliance_line_get_problem_entity_id (WmkComplianceLine *self, guint index)
{
  g_return_val_if_fail (WMK_IS_COMPLIANCE_LINE (self), NULL);
  g_return_val_if_fail (index < self->entities->len, NULL);
  return self->entities->pdata[index];
}

/* The item to open to fix the first gap, or %NULL. */
const char *
wmk_compliance_line_get_entity_id (WmkComplianceLine *self)
{
  g_return_val_if_fail (WMK_IS_COMPLIANCE_LINE (self), NULL);
  return self->entity_id;
}

void
wmk_compliance_line_set_evidence (WmkComplianceLine *self, const char *evidence)
{
  g_return_if_fail (WMK_IS_COMPLIANCE_LINE (self));

  g_free (self->evidence);
  self->evidence = g_strdup (evidence);
}

/**
 * wmk_compliance_line_add_problem:
 * @entity_id: (nullable): the item to open to fix it
 * @format: a sentence naming the gap
 *
 * Adds one gap; the line then fails.
 */
void
wmk_compliance_line_add_problem (WmkComplianceLine *self,
                                 const char        *entity_id,
                                 const char        *format,
                                 ...)
{
  va_list args;

  g_return_if_fail (WMK_IS_COMPLIANCE_LINE (self));

  va_start (args, format);
  g_ptr_array_insert (self->problems, self->problems->len - 1, g_strdup_vprintf (format, args));
  va_end (args);
  g_ptr_array_add (self->entities, g_strdup (entity_id));
  if (self->entity_id == NULL && entity_id != NULL)
    self->entity_id = g_strdup (entity_id);
}
