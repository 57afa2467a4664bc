/* cb-weight-set-dropdown.c: a drop-down of a workbook's weight sets
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The compare view, the weights view and the weight-set comparison all
 * choose a weight set the same way: by its name in the interface's
 * language, from the workbook's list, which follows every change.
 */

#define G_LOG_DOMAIN "cb-weight-set-dropdown"

#include "config.h"

#include "cb-weight-set-dropdown.h"

static char *
weight_set_label (CbWeightSet *set)
{
  if (set == NULL)
    return g_strdup ("");
  return g_strdup (cb_text_get (cb_weight_set_get_name (set), cb_language_from_locale ()));
}

static void
list_changing_cb (GListModel  *list,
                  guint        position,
                  guint        removed,
                  guint        added,
                  GtkDropDown *dropdown)
{
  g_object_set_data (G_OBJECT (dropdown), "cb-list-changing", GINT_TO_POINTER (TRUE));
}

static void
list_changed_cb (GListModel  *list,
                 guint        position,
                 guint        removed,
                 guint        added,
                 GtkDropDown *dropdown)
{
  g_object_set_data (G_OBJECT (dropdown), "cb-list-changing", NULL);
}

/* Whether the selection moves because the list changed (a set deleted,
 * say) rather than because the user chose: then the session, not the
 * drop-down, says which set is current. */
gboolean
cb_weight_set_dropdown_is_settling (GtkDropDown *dropdown)
{
  g_return_val_if_fail (GTK_IS_DROP_DOWN (dropdown), FALSE);

  return g_object_get_data (G_OBJECT (dropdown), "cb-list-changing") != NULL;
}

/* Shows each weight set by its name. */
void
cb_weight_set_dropdown_setup (GtkDropDown *dropdown)
{
  g_autoptr(GtkExpression) expression = NULL;

  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));

  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (weight_set_label), NULL, NULL);
  gtk_drop_down_set_expression (dropdown, expression);
}

/* Lists @workbook's weight sets, @current (matched by code) chosen. */
void
cb_weight_set_dropdown_sync (GtkDropDown *dropdown,
                             CbWorkbook  *workbook,
                             CbWeightSet *current)
{
  GListModel *sets;
  guint position = 0;

  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));

  sets = workbook != NULL ? cb_workbook_get_weight_sets (workbook) : NULL;
  if (gtk_drop_down_get_model (dropdown) != sets)
    {
      /* Connected before the drop-down's own handlers, and after them. */
      if (sets != NULL)
        {
          g_signal_connect_object (sets, "items-changed", G_CALLBACK (list_changing_cb), dropdown, 0);
          g_signal_connect_object (sets, "items-changed", G_CALLBACK (list_changed_cb), dropdown, G_CONNECT_AFTER);
        }
      gtk_drop_down_set_model (dropdown, sets);
    }
  for (guint k = 0; sets != NULL && k < g_list_model_get_n_items (sets); k++)
    {
      g_autoptr(CbWeightSet) set = g_list_model_get_item (sets, k);

      if (current != NULL && g_str_equal (cb_weight_set_get_code (set), cb_weight_set_get_code (current)))
        position = k;
    }
  if (sets != NULL && gtk_drop_down_get_selected (dropdown) != position)
    gtk_drop_down_set_selected (dropdown, position);
}
