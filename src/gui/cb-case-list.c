/* cb-case-list.c: the cases of the workbook, to check for comparison
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per case and reference profile: a check for the comparison,
 * the case's colour, its name in the language of the interface and, under
 * it, in the other. The search matches codes and both names.
 */

#define G_LOG_DOMAIN "cb-case-list"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-case-list.h"

struct _CbCaseList
{
  GtkWidget parent_instance;

  CbSession *session;
  GtkFilterListModel *filtered;
  GtkCustomFilter *filter;

  GtkSearchEntry *search_entry;
  GtkListBox *list_box;
  GtkLabel *note_label;
};

G_DEFINE_FINAL_TYPE (CbCaseList, cb_case_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

CbSession *
cb_case_list_get_session (CbCaseList *self)
{
  g_return_val_if_fail (CB_IS_CASE_LIST (self), NULL);

  return self->session;
}

GtkSearchEntry *
cb_case_list_get_search_entry (CbCaseList *self)
{
  g_return_val_if_fail (CB_IS_CASE_LIST (self), NULL);

  return self->search_entry;
}

GtkListBox *
cb_case_list_get_list_box (CbCaseList *self)
{
  g_return_val_if_fail (CB_IS_CASE_LIST (self), NULL);

  return self->list_box;
}

/* A note on where the data comes from, under the list (whole in the
 * tooltip); NULL hides it. */
void
cb_case_list_set_note (CbCaseList *self,
                       const char *note)
{
  g_return_if_fail (CB_IS_CASE_LIST (self));

  gtk_label_set_text (self->note_label, note != NULL ? note : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->note_label), note);
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), note != NULL && note[0] != '\0');
}

static gboolean
case_matches (gpointer item,
              gpointer user_data)
{
  CbCaseList *self = user_data;
  CbCase *c = item;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *needle = NULL;
  const char *haystacks[3];

  if (query == NULL || query[0] == '\0')
    return TRUE;

  needle = g_utf8_casefold (query, -1);
  haystacks[0] = cb_case_get_code (c);
  haystacks[1] = cb_text_get_en (cb_case_get_name (c));
  haystacks[2] = cb_text_get_zh (cb_case_get_name (c));
  for (guint k = 0; k < G_N_ELEMENTS (haystacks); k++)
    {
      g_autofree char *folded = g_utf8_casefold (haystacks[k], -1);

      if (strstr (folded, needle) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
row_selected_cb (GtkListBox    *list_box,
                 GtkListBoxRow *row,
                 CbCaseList    *self)
{
  if (row != NULL && self->session != NULL)
    cb_session_set_current_case (self->session,
                                 GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "case-id")));
}

static void
search_changed_cb (CbCaseList *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  const char *colour = user_data;
  GdkRGBA rgba;

  if (colour == NULL || !gdk_rgba_parse (&rgba, colour))
    gdk_rgba_parse (&rgba, "#77767b");
  gdk_cairo_set_source_rgba (cr, &rgba);
  cairo_arc (cr, width / 2.0, height / 2.0, MIN (width, height) / 2.0 - 1, 0, 2 * G_PI);
  cairo_fill (cr);
}

static void
check_toggled_cb (GtkCheckButton *check,
                  CbCaseList     *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (check), "case-id"));

  if (self->session != NULL)
    cb_session_set_case_checked (self->session, id, gtk_check_button_get_active (check));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  CbCaseList *self = user_data;
  CbCase *c = item;
  CbLanguage language = cb_language_from_locale ();
  CbLanguage other = language == CB_LANGUAGE_ZH ? CB_LANGUAGE_EN : CB_LANGUAGE_ZH;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *swatch = gtk_drawing_area_new ();
  GtkWidget *name = gtk_label_new (cb_text_get (cb_case_get_name (c), language));
  GtkWidget *secondary = gtk_label_new (cb_text_get (cb_case_get_name (c), other));

  g_object_set_data (G_OBJECT (check), "case-id", GSIZE_TO_POINTER (cb_case_get_id (c)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               self->session == NULL ||
                               cb_session_get_case_checked (self->session, cb_case_get_id (c)));
  g_signal_connect (check, "toggled", G_CALLBACK (check_toggled_cb), self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  cb_text_get (cb_case_get_name (c), language), -1);

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 12);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 12);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch,
                                  g_strdup (cb_case_get_colour (c)), g_free);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (secondary), 0);
  gtk_label_set_ellipsize (GTK_LABEL (secondary), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (secondary, "dim-label");
  gtk_widget_add_css_class (secondary, "caption");
  gtk_box_append (GTK_BOX (labels), name);
  gtk_box_append (GTK_BOX (labels), secondary);
  if (cb_case_get_is_reference (c))
    {
      GtkWidget *tag = gtk_label_new (_("reference"));

      gtk_widget_add_css_class (tag, "caption");
      gtk_widget_add_css_class (tag, "dim-label");
      gtk_label_set_xalign (GTK_LABEL (tag), 0);
      gtk_box_append (GTK_BOX (labels), tag);
    }

  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), swatch);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data (G_OBJECT (row), "case-id", GSIZE_TO_POINTER (cb_case_get_id (c)));
  return row;
}

void
cb_case_list_set_session (CbCaseList *self,
                          CbSession  *session)
{
  g_return_if_fail (CB_IS_CASE_LIST (self));
  g_return_if_fail (session == NULL || CB_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;

  gtk_filter_list_model_set_model (self->filtered,
                                   session != NULL
                                   ? cb_workbook_get_cases (cb_session_get_workbook (session)) : NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

static void
cb_case_list_dispose (GObject *object)
{
  CbCaseList *self = CB_CASE_LIST (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CB_TYPE_CASE_LIST);
  /* The template's root box is not bound to a field: unparent it too. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  g_clear_object (&self->filtered);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (cb_case_list_parent_class)->dispose (object);
}

static void
cb_case_list_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CbCaseList *self = CB_CASE_LIST (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, cb_case_list_get_session (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_case_list_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CbCaseList *self = CB_CASE_LIST (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      cb_case_list_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cb_case_list_class_init (CbCaseListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_case_list_dispose;
  object_class->get_property = cb_case_list_get_property;
  object_class->set_property = cb_case_list_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         CB_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/cb-case-list.ui");
  gtk_widget_class_bind_template_child (widget_class, CbCaseList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CbCaseList, list_box);
  gtk_widget_class_bind_template_child (widget_class, CbCaseList, note_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "caselist");
}

static void
cb_case_list_init (CbCaseList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (case_matches, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->filtered), create_row, self, NULL);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect (self->list_box, "row-selected", G_CALLBACK (row_selected_cb), self);
}
