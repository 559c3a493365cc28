/* wmk-op-stream.c: operations parsed on a worker thread, ahead of the one
 * applying them
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading an operation's JSON is a third of the time of a large import
 * (docs/sync.md §4), and SQLite can only be written from one thread. So a
 * worker parses while the caller applies: on a two-core laptop the parsing
 * costs no time at all. The worker keeps at most WINDOW operations ahead,
 * so a 100,000-operation import does not hold 100,000 parsed trees.
 */

#include "wmk-op-stream.h"

/* Parsed operations held ahead of the caller. */
#define WINDOW 4096
/* Operations the worker parses between two signals to the caller. */
#define BATCH 64
/* Operations the caller takes between two signals to the worker. */
#define RELEASE 1024
/* Below this, starting a thread costs more than it saves. */
#define INLINE_BELOW 256

struct _WmkOpStream
{
  GPtrArray *raws;       /* the caller's, which outlives the stream */
  WmkOp    **ops;        /* NULL once taken, or where the text is no operation */
  char     **problems;   /* why it is none */
  GThread   *worker;     /* NULL when everything was parsed at once */

  GMutex     lock;
  GCond      cond;
  guint      parsed;     /* ops[0, parsed) are ready */
  guint      taken;      /* the caller has asked for ops[0, taken) */
  gboolean   stop;
};

static void
parse_one (WmkOpStream *self, guint i)
{
  g_autoptr(GError) error = NULL;

  self->ops[i] = wmk_op_from_json (self->raws->pdata[i], &error);
  if (error)
    self->problems[i] = g_strdup (error->message);
}

/* The worker also frees what the caller is done with: memory is best freed
 * by the thread that took it from malloc, whose arena the worker is still
 * using (freeing from the caller's thread showed as a tenth of an import's
 * time, in lock contention inside malloc). */
static gpointer
parse_all (gpointer data)
{
  WmkOpStream *self = data;
  guint n = self->raws->len;
  guint i = 0, freed = 0;

  for (;;)
    {
      guint done;
      gboolean parse;

      g_mutex_lock (&self->lock);
      while (!self->stop && !(i < n && i < self->taken + WINDOW) && freed + RELEASE > self->taken)
        g_cond_wait (&self->cond, &self->lock);
      if (self->stop)
        {
          g_mutex_unlock (&self->lock);
          break;
        }
      /* The caller is done with everything before the last one it took. */
      done = self->taken > 0 ? self->taken - 1 : 0;
      parse = i < n && i < self->taken + WINDOW;
      g_mutex_unlock (&self->lock);

      for (; freed < done; freed++)
        g_clear_pointer (&self->ops[freed], wmk_op_unref);
      if (!parse)
        continue;

      for (guint end = MIN (n, i + BATCH); i < end; i++)
        parse_one (self, i);
      g_mutex_lock (&self->lock);
      self->parsed = i;
      g_cond_broadcast (&self->cond);
      g_mutex_unlock (&self->lock);
    }
  return NULL;
}

/**
 * wmk_op_stream_new:
 * @raws: (element-type utf8): operations as their canonical JSON; it must
 *   stay unchanged until the stream is freed
 *
 * Starts parsing @raws, on a worker thread when there are many.
 */
WmkOpStream *
wmk_op_stream_new (GPtrArray *raws)
{
  WmkOpStream *self = g_new0 (WmkOpStream, 1);

  self->raws = g_ptr_array_ref (raws);
  self->ops = g_new0 (WmkOp *, raws->len);
  self->problems = g_new0 (char *, raws->len);
  g_mutex_init (&self->lock);
  g_cond_init (&self->cond);

  if (raws->len >= INLINE_BELOW)
    self->worker = g_thread_try_new ("waymark-parse", parse_all, self, NULL);
  if (self->worker == NULL)
    {
      for (guint i = 0; i < raws->len; i++)
        parse_one (self, i);
      self->parsed = raws->len;
    }
  return self;
}

/**
 * wmk_op_stream_take:
 * @index: which operation; calls go in increasing order
 * @problem: (out) (transfer none) (optional): why the text is no operation
 *
 * Waits until operation @index is parsed.
 *
 * Returns: (transfer none) (nullable): the operation, valid until the next
 *   call, or %NULL when its text is not one
 */
WmkOp *
wmk_op_stream_take (WmkOpStream *self, guint index, const char **problem)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->raws->len, NULL);

  if (self->worker)
    {
      g_mutex_lock (&self->lock);
      while (self->parsed <= index)
        g_cond_wait (&self->cond, &self->lock);
      self->taken = MAX (self->taken, index + 1);
      if (self->taken % RELEASE == 0)
        g_cond_broadcast (&self->cond);
      g_mutex_unlock (&self->lock);
    }
  else if (index > 0)
    g_clear_pointer (&self->ops[index - 1], wmk_op_unref);

  if (problem)
    *problem = self->problems[index];
  return self->ops[index];
}

void
wmk_op_stream_free (WmkOpStream *self)
{
  if (self == NULL)
    return;

  if (self->worker)
    {
      g_mutex_lock (&self->lock);
      self->stop = TRUE;
      g_cond_broadcast (&self->cond);
      g_mutex_unlock (&self->lock);
      g_thread_join (self->worker);
    }
  for (guint i = 0; i < self->raws->len; i++)
    {
      g_clear_pointer (&self->ops[i], wmk_op_unref);
      g_free (self->problems[i]);
    }
  g_free (self->ops);
  g_free (self->problems);
  g_ptr_array_unref (self->raws);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->cond);
  g_free (self);
}
