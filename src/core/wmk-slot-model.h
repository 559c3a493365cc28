/* wmk-slot-model.h: list rows that stay while what they show changes
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define WMK_TYPE_SLOT (wmk_slot_get_type ())
G_DECLARE_FINAL_TYPE (WmkSlot, wmk_slot, WMK, SLOT, GObject)

gpointer      wmk_slot_get_item          (WmkSlot       *self);
guint         wmk_slot_get_position      (WmkSlot       *self);

#define WMK_TYPE_SLOT_MODEL (wmk_slot_model_get_type ())
G_DECLARE_FINAL_TYPE (WmkSlotModel, wmk_slot_model, WMK, SLOT_MODEL, GObject)

WmkSlotModel *wmk_slot_model_new         (GListModel    *model);
GListModel   *wmk_slot_model_get_model   (WmkSlotModel  *self);
void          wmk_slot_model_set_model   (WmkSlotModel  *self,
                                          GListModel    *model);
void          wmk_slot_model_hold        (WmkSlotModel  *self);
void          wmk_slot_model_release     (WmkSlotModel  *self);
gboolean      wmk_slot_model_is_held     (WmkSlotModel  *self);

G_END_DECLS
