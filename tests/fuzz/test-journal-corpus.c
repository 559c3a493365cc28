/* test-journal-corpus.c: the fuzz target's checks on its corpus and on every
 * input that once broke the reader, under any compiler
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/fuzz/fuzz-journal.c is linked in as a plain function: each file of
 * tests/fuzz/corpus (real journal files written by waymark-cli, and the
 * inputs the fuzzer found crashing, named crash-*) goes through the same
 * parse, re-encode and join checks as under libFuzzer. A broken check aborts,
 * which fails the test.
 */

#include <glib/gstdio.h>
#include <stdint.h>
#include <string.h>

#include "waymark.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static char *
corpus_dir (void)
{
  const char *source = g_getenv ("WAYMARK_SOURCE_DIR");

  g_assert_nonnull (source);
  return g_build_filename (source, "tests", "fuzz", "corpus", NULL);
}

static void
run_file (gconstpointer data)
{
  const char *path = data;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpint (LLVMFuzzerTestOneInput ((const uint8_t *) contents, length), ==, 0);
}

/* Found by reasoning about json-glib's recursive parser after the fuzzer's
 * first find, and confirmed on the fuzz target: a record of 100,000 "[" overflowed the stack of every laptop
 * reading the folder, even under a damaged header (its records are parsed to
 * learn their writer). Now refused as damage, with the rest of the folder read. */
static void
test_deep_nesting (void)
{
  g_autoptr(JsonObject) header = json_object_new ();
  g_autoptr(GPtrArray) payloads = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree guint8 *damaged = NULL;
  char *deep = g_malloc (200001);
  gsize size;

  memset (deep, '[', 200000);
  deep[200000] = '\0';
  node = wmk_json_parse (deep, -1, &error);
  g_assert_null (node);
  g_assert_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_PARSE);
  g_clear_error (&error);
  node = wmk_json_parse ("{\"a\":\"[[[[\",\"b\":[[[1]]]}", -1, &error);
  g_assert_no_error (error);
  g_clear_pointer (&node, json_node_unref);

  /* The fuzzer's first find: json-glib turns a lone surrogate into invalid
   * UTF-8 and cuts a string at \u0000; both are refused, a pair is kept. */
  for (guint i = 0; i < 4; i++)
    {
      const char *bad[] = { "\"e-\\ud800f\"", "\"e-\\udc00\"", "{\"e\\u0000\":1}",
                            "[\"\\ud83d\\u0041\"]" };

      node = wmk_json_parse (bad[i], -1, &error);
      g_assert_null (node);
      g_assert_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_PARSE);
      g_clear_error (&error);
    }
  node = wmk_json_parse ("\"\\ud83d\\ude00 \\\\ud800 \\u00e9\"", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_node_get_string (node), ==, "\xf0\x9f\x98\x80 \\ud800 \xc3\xa9");
  g_clear_pointer (&node, json_node_unref);

  json_object_set_string_member (header, "plan", "00000000-0000-4000-8000-00000000f022");
  json_object_set_string_member (header, "device", "0123456789abcdef");
  json_object_set_int_member (header, "first", 1);
  g_ptr_array_add (payloads, deep);
  bytes = wmk_journal_encode (header, payloads);
  damaged = g_bytes_unref_to_data (g_steal_pointer (&bytes), &size);
  LLVMFuzzerTestOneInput (damaged, size);
  damaged[14] ^= 1;  /* the header's CRC fails */
  LLVMFuzzerTestOneInput (damaged, size);
}

/* Cut and flipped copies of every corpus file, as a quick stand-in for the
 * fuzzer where clang is missing. */
static void
test_damaged_copies (void)
{
  g_autofree char *dir_path = corpus_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GRand *rand = g_rand_new_with_seed (6);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autofree guint8 *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, (char **) &contents, &length, NULL));
      if (length == 0 || length > 64 * 1024)
        continue;
      for (guint k = 0; k < 8; k++)
        {
          g_autofree guint8 *copy = g_memdup2 (contents, length);
          gsize cut = g_rand_int_range (rand, 0, (gint32) length + 1);

          copy[g_rand_int_range (rand, 0, (gint32) length)] ^= 1 << g_rand_int_range (rand, 0, 8);
          LLVMFuzzerTestOneInput (copy, k % 2 ? cut : length);
          n++;
        }
    }
  g_rand_free (rand);
  g_test_message ("%u damaged copies read", n);
  g_assert_cmpuint (n, >, 0);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

int
main (int argc, char **argv)
{
  g_autofree char *dir_path = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_test_init (&argc, &argv, NULL);
  dir_path = corpus_dir ();
  dir = g_dir_open (dir_path, 0, NULL);
  while (dir && (name = g_dir_read_name (dir)))
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      const char *file = names->pdata[i];
      g_autofree char *test = g_strdup_printf ("/wmk/journal-corpus/%s", file);

      g_ptr_array_add (paths, g_build_filename (dir_path, file, NULL));
      g_test_add_data_func (test, paths->pdata[paths->len - 1], run_file);
    }
  g_test_add_func ("/wmk/journal-corpus/deep-nesting", test_deep_nesting);
  g_test_add_func ("/wmk/journal-corpus/damaged-copies", test_damaged_copies);
  return g_test_run ();
}
