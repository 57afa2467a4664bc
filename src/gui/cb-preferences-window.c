/* cb-preferences-window.c: the preferences
 *
 * Copyright 2026 The Casebench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Bound to GSettings: the rows write the settings, and whoever uses a
 * setting follows it.
 */

#define G_LOG_DOMAIN "cb-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cb-preferences-window.h"

struct _CbPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GSettings *settings;

  AdwComboRow *labels_row;
  AdwComboRow *scheme_row;
  AdwComboRow *method_row;
  AdwComboRow *normalisation_row;
};

G_DEFINE_FINAL_TYPE (CbPreferencesWindow, cb_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

const char * const cb_label_language_choices[] = { "interface", "en", "zh", "both", NULL };
const char * const cb_color_scheme_choices[] = { "default", "light", "dark", NULL };
const char * const cb_method_choices[] = { "arithmetic", "geometric", NULL };
const char * const cb_normalisation_choices[] = { "goalposts", "minmax", "zscore", "rank", "target", NULL };

guint
cb_preferences_choice_index (const char * const *choices,
                             const char         *value)
{
  for (guint k = 0; choices[k] != NULL; k++)
    if (g_strcmp0 (choices[k], value) == 0)
      return k;
  return 0;
}

static gboolean
get_mapping (GValue   *value,
             GVariant *variant,
             gpointer  user_data)
{
  g_value_set_uint (value, cb_preferences_choice_index (user_data, g_variant_get_string (variant, NULL)));
  return TRUE;
}

static GVariant *
set_mapping (const GValue       *value,
             const GVariantType *type,
             gpointer            user_data)
{
  const char * const *choices = user_data;
  guint index = g_value_get_uint (value);

  if (index >= g_strv_length ((char **) choices))
    return NULL;
  return g_variant_new_string (choices[index]);
}

static void
bind (CbPreferencesWindow *self,
      const char          *key,
      AdwComboRow         *row,
      const char * const  *choices)
{
  g_settings_bind_with_mapping (self->settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                get_mapping, set_mapping, (gpointer) choices, NULL);
}

GtkWidget *
cb_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (CB_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
}

static void
cb_preferences_window_dispose (GObject *object)
{
  CbPreferencesWindow *self = CB_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), CB_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (cb_preferences_window_parent_class)->dispose (object);
}

static void
cb_preferences_window_class_init (CbPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cb_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/cb-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CbPreferencesWindow, labels_row);
  gtk_widget_class_bind_template_child (widget_class, CbPreferencesWindow, scheme_row);
  gtk_widget_class_bind_template_child (widget_class, CbPreferencesWindow, method_row);
  gtk_widget_class_bind_template_child (widget_class, CbPreferencesWindow, normalisation_row);
}

static void
cb_preferences_window_init (CbPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  bind (self, "label-language", self->labels_row, cb_label_language_choices);
  bind (self, "color-scheme", self->scheme_row, cb_color_scheme_choices);
  bind (self, "default-method", self->method_row, cb_method_choices);
  bind (self, "default-normalisation", self->normalisation_row, cb_normalisation_choices);
}
