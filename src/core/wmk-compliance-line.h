/* wmk-compliance-line.h: one line of the improvement-notice compliance check
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define WMK_TYPE_COMPLIANCE_LINE (wmk_compliance_line_get_type ())
G_DECLARE_FINAL_TYPE (WmkComplianceLine, wmk_compliance_line, WMK, COMPLIANCE_LINE, GObject)

WmkComplianceLine  *wmk_compliance_line_new          (const char        *id,
                                                      const char        *duty,
                                                      const char        *title);
const char         *wmk_compliance_line_get_id       (WmkComplianceLine *self);
const char         *wmk_compliance_line_get_title    (WmkComplianceLine *self);
const char         *wmk_compliance_line_get_duty     (WmkComplianceLine *self);
gboolean            wmk_compliance_line_get_passed   (WmkComplianceLine *self);
const char         *wmk_compliance_line_get_evidence (WmkComplianceLine *self);
const char * const *wmk_compliance_line_get_problems (WmkComplianceLine *self);
guint               wmk_compliance_line_get_n_problems (WmkComplianceLine *self);
const char         *wmk_compliance_line_get_entity_id (WmkComplianceLine *self);
const char         *wmk_compliance_line_get_problem_entity_id (WmkComplianceLine *self,
                                                               guint              index);

void                wmk_compliance_line_set_evidence (WmkComplianceLine *self,
                                                      const char        *evidence);
void                wmk_compliance_line_add_problem  (WmkComplianceLine *self,
                                                      const char        *entity_id,
                                                      const char        *format,
                                                      ...) G_GNUC_PRINTF (3, 4);

G_END_DECLS
