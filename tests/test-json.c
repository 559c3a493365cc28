/* test-json.c: canonical JSON: the bytes operation hashes and plan files rely on
 *
 * Copyright 2026 The Waymark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "wmk-test-support.h"

static char *
canonical (const char *json, gboolean pretty)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = wmk_json_parse (json, -1, &error);

  g_assert_no_error (error);
  return wmk_json_to_string (node, pretty);
}

static void
test_numbers_shortest (void)
{
  /* A percentage written 0.56 must come back as 0.56, not 0.56000000000000005. */
  g_autofree char *a = canonical ("[0.56, 0.83, 54, 1e-7, 123456.789, -2.5, 1.0]", FALSE);

  g_assert_cmpstr (a, ==, "[0.56,0.83,54,1e-07,123456.789,-2.5,1.0]");
}

static void
test_numbers_round_trip (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);

  for (int i = 0; i < 10000; i++)
    {
      double d = g_rand_double_range (rand, -1e6, 1e6) / g_rand_int_range (rand, 1, 1000);
      g_autoptr(JsonNode) node = wmk_json_new_double (d);
      g_autofree char *text = wmk_json_to_string (node, FALSE);
      g_autoptr(JsonNode) back = wmk_json_parse (text, -1, NULL);

      g_assert_cmpfloat (json_node_get_double (back), ==, d);
    }
}

static void
test_strings_escaped (void)
{
  g_autofree char *a = canonical ("[\"line\\none\", \"quote \\\" and \\\\\", \"tab\\t\", "
                                  "\"\\u0001\", \"Children’s Futures\"]",
                                  FALSE);

  g_assert_cmpstr (a, ==, "[\"line\\none\",\"quote \\\" and \\\\\",\"tab\\t\",\"\\u0001\","
                          "\"Children’s Futures\"]");
}

static void
test_member_order_kept (void)
{
  g_autofree char *a = canonical ("{\"z\": 1, \"a\": {\"y\": [], \"b\": {}}, \"m\": null}", FALSE);

  g_assert_cmpstr (a, ==, "{\"z\":1,\"a\":{\"y\":[],\"b\":{}},\"m\":null}");
}

static void
test_pretty_layout (void)
{
  g_autofree char *a = canonical ("{\"a\": [1, 2], \"b\": [{\"c\": true}]}", TRUE);

  g_assert_cmpstr (a, ==, "{\n  \"a\": [1, 2],\n  \"b\": [\n    {\n      \"c\": true\n    }\n  ]\n}");
}

static void
test_canonical_is_fixed_point (void)
{
  static const char *const inputs[] = {
    "{\"b\":[1,2.5,\"x\"],\"a\":{\"n\":null,\"t\":false}}",
    "[[],{},[{}],\"\\u00e9\"]",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    for (int pretty = 0; pretty < 2; pretty++)
      {
        g_autofree char *once = canonical (inputs[i], pretty);
        g_autofree char *twice = canonical (once, pretty);
        g_assert_cmpstr (once, ==, twice);
      }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/wmk/json/numbers-shortest", test_numbers_shortest);
  g_test_add_func ("/wmk/json/numbers-round-trip", test_numbers_round_trip);
  g_test_add_func ("/wmk/json/strings-escaped", test_strings_escaped);
  g_test_add_func ("/wmk/json/member-order-kept", test_member_order_kept);
  g_test_add_func ("/wmk/json/pretty-layout", test_pretty_layout);
  g_test_add_func ("/wmk/json/canonical-is-fixed-point", test_canonical_is_fixed_point);

  return g_test_run ();
}
