/* wmk-op-stream.h: operations parsed on a worker thread, ahead of the one
 * applying them
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wmk-op.h"

G_BEGIN_DECLS

typedef struct _WmkOpStream WmkOpStream;

WmkOpStream *wmk_op_stream_new  (GPtrArray   *raws);
WmkOp       *wmk_op_stream_take (WmkOpStream *self,
                                 guint        index,
                                 const char **problem);
void         wmk_op_stream_free (WmkOpStream *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmkOpStream, wmk_op_stream_free)

G_END_DECLS
